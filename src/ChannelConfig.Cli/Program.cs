using ChannelConfig.Cli;

// File names that are not UTF-8 keep their bytes (LinuxFileNames).
return XlchanApp.Run(LinuxFileNames.RecoverArguments(args), Console.Out, Console.Error, Console.OpenStandardInput, stdoutIsTerminal: !Console.IsOutputRedirected);
