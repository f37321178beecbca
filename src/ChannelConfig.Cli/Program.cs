using ChannelConfig.Cli;

return XlchanApp.Run(args, Console.Out, Console.Error, Console.OpenStandardInput, stdoutIsTerminal: !Console.IsOutputRedirected);
