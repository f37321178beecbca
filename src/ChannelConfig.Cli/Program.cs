using System.Text;
using ChannelConfig.Cli;

// Standard output as a StreamWriter, so that a diff's bytes can be written exactly (RawOutput).
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 4096) { AutoFlush = true };
return XlchanApp.Run(args, stdout, Console.Error, Console.OpenStandardInput, stdoutIsTerminal: !Console.IsOutputRedirected);
