namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>
/// Builds the test-only LD_PRELOAD library (shim/xenshim.c, copied beside the tests) that fakes
/// the hypervisor handles for xenstored and xl. It is compiled with gcc into the fixture's
/// temporary directory, once per test run.
/// </summary>
internal static class XenShim
{
    public static string SourcePath => Path.Combine(AppContext.BaseDirectory, "RealComponents", "Xen", "shim", "xenshim.c");

    /// <summary>Compiles the shim into <paramref name="directory"/> and returns the library's path.</summary>
    public static string Compile(string directory)
    {
        string library = Path.Combine(directory, "xenshim.so");
        var gcc = ToolRun.Run(
            RealComponent.Find("gcc")!,
            ["-shared", "-fPIC", "-O1", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror", "-o", library, SourcePath, "-ldl"],
            new Dictionary<string, string>(),
            directory,
            TimeSpan.FromSeconds(60));
        if (gcc.Exit != 0 || !File.Exists(library))
        {
            throw new InvalidOperationException(gcc.Describe("gcc (compiling the xen shim)"));
        }

        return library;
    }
}
