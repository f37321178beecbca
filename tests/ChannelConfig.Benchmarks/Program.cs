return ChannelConfig.Benchmarks.CommandLine.Run(args);
