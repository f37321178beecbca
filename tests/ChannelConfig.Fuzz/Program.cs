using ChannelConfig.Fuzz;

// xlchan-fuzz: a mutation fuzzer for the whole pipeline (reader, channels, validation, emitters,
// reports). Exit status: 0 no failure, 1 failures (inputs in the crash folder), 2 usage, 3 an
// input ran past the time limit.
var options = FuzzOptions.Parse(args, out string error);
if (options is null || args.Contains("--help"))
{
    Console.Error.WriteLine(options is null ? $"xlchan-fuzz: {error}\n{FuzzOptions.Usage}" : FuzzOptions.Usage);
    return 2;
}

if (options.PathologicalCase is { } pathologicalCase)
{
    return PathologicalCase.Run(pathologicalCase, options.Scale);
}

if (options.Pathological)
{
    return PathologicalRun.Run(options.Scale);
}

if (options.Replay is { } replay)
{
    string? failure = Minimizer.Failure(File.ReadAllBytes(replay));
    Console.WriteLine(failure is null ? $"{replay}: passes" : $"{replay}: {failure}");
    if (failure is not null)
    {
        try
        {
            FuzzTarget.Run(File.ReadAllBytes(replay));
        }
        catch (Exception e)
        {
            Console.WriteLine(e);
        }
    }

    return failure is null ? 0 : FuzzRunner.ExitFailures;
}

if (options.Minimize is { } minimize)
{
    byte[] input = File.ReadAllBytes(minimize);
    string? signature = Minimizer.Failure(input);
    if (signature is null)
    {
        Console.Error.WriteLine($"xlchan-fuzz: {minimize} does not fail");
        return 2;
    }

    byte[] smallest = Minimizer.Minimize(input, signature);
    File.WriteAllBytes(minimize + ".min", smallest);
    Console.WriteLine($"{minimize}: {input.Length} -> {smallest.Length} bytes ({signature}), written to {minimize}.min");
    return 0;
}

var seeds = SeedCorpus.Load(options.Corpus);
if (seeds.Count == 0)
{
    Console.Error.WriteLine("xlchan-fuzz: no seed files found; give --corpus DIR");
    return 2;
}

return new FuzzRunner(options, seeds).Run();
