namespace ChannelConfig.Tests.RealComponents;

/// <summary>
/// The real programs the real-component checks run (Debian's packages, installed by
/// <c>.ci/install-components</c>). In CI (<c>CI=true</c>) a missing one fails the check; elsewhere
/// the check is skipped with the command that installs it.
/// </summary>
internal static class RealComponent
{
    /// <summary>Whether this run is CI's, where nothing may be skipped.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="program"/> (a name looked up on PATH, or an absolute path).</summary>
    public static string Require(string program, string package)
    {
        string? found = Find(program);
        if (found is not null)
        {
            return found;
        }

        string message = $"{program} is not installed (Debian package {package}): run 'sudo bash .ci/install-components', or 'sudo apt-get install {package}'";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return string.Empty;
    }

    /// <summary>Fails (CI) or skips (elsewhere) with <paramref name="message"/> when <paramref name="present"/> is false.</summary>
    public static void RequireThat(bool present, string message)
    {
        if (present)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }

    /// <summary>The full path of <paramref name="program"/>, or null.</summary>
    public static string? Find(string program)
    {
        if (program.Contains('/'))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/sbin").Append("/sbin"))
        {
            string candidate = Path.Combine(directory, program);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
