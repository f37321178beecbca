using System.Diagnostics;
using System.Text.Json;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.Adoption;

/// <summary>Directory search: never passes silently, skips what is not the team's, honours .gitignore, knows Xen's names.</summary>
public sealed class DiscoveryTests
{
    private static List<string> Found(string dir, params string[] options)
    {
        var (_, stdout, stderr) = CliRunner.Run(["lint", "--format", "json", .. options, dir]);
        Assert.True(stdout.Length > 0, stderr);
        return [.. JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray()
            .Select(f => Path.GetRelativePath(dir, f.GetProperty("path").GetString()!).Replace('\\', '/'))];
    }

    [Fact]
    public void An_empty_directory_is_a_usage_error_that_says_what_was_searched()
    {
        string dir = Directory.CreateTempSubdirectory("xlchan-empty-").FullName;
        var (exit, stdout, stderr) = CliRunner.Run("lint", dir);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains($"xlchan: {dir}: no files to lint: nothing below it matches *.cfg, xlexample.*, *.hvm, *.pv, *.pvh, *.xl", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_that_match_nothing_are_a_usage_error_too()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean));
        var (exit, _, stderr) = CliRunner.Run("lint", "--include", "*.conf", dir);
        Assert.Equal(2, exit);
        Assert.Contains("matches *.conf", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_patterns_take_xen_conventional_names()
    {
        string dir = TempTree.Create(
            ("a.cfg", TempTree.Clean), ("xlexample.hvm", TempTree.Clean), ("xlexample.pvlinux", TempTree.Clean), ("b.pv", TempTree.Clean),
            ("c.pvh", TempTree.Clean), ("d.xl", TempTree.Clean), ("e.hvm", TempTree.Clean), ("notes.txt", "x"), ("f.cfg.orig", TempTree.Clean));
        Assert.Equal(["a.cfg", "b.pv", "c.pvh", "d.xl", "e.hvm", "xlexample.hvm", "xlexample.pvlinux"], Found(dir));
    }

    [Fact]
    public void Include_and_exclude_repeat()
    {
        string dir = TempTree.Create(("a.conf", TempTree.Clean), ("b.xlcfg", TempTree.Clean), ("c.cfg", TempTree.Clean), ("old/d.conf", TempTree.Clean));
        Assert.Equal(["a.conf", "b.xlcfg", "old/d.conf"], Found(dir, "--include", "*.conf", "--include", "*.xlcfg"));
        Assert.Equal(["a.conf"], Found(dir, "--include", "*.conf", "--exclude", "old/", "--exclude", "*.xlcfg"));
    }

    [Fact]
    public void Hidden_directories_and_node_modules_are_skipped_unless_named()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), (".git/config.cfg", TempTree.Broken), (".venv/x.cfg", TempTree.Broken),
            ("node_modules/pkg/y.cfg", TempTree.Broken), ("web/.hidden.cfg", TempTree.Broken));
        Assert.Equal(["vm.cfg"], Found(dir));
        Assert.Equal(["y.cfg"], Found(Path.Combine(dir, "node_modules", "pkg")));
        var named = CliRunner.Run("lint", Path.Combine(dir, "web", ".hidden.cfg"));
        Assert.Equal(1, named.Exit);
    }

    [Fact]
    public void Gitignore_files_in_the_tree_and_above_it_up_to_the_repository_root_are_honoured()
    {
        string dir = TempTree.Create(
            (".git/HEAD", "ref: refs/heads/main\n"),
            (".gitignore", "generated/\n*.bak.cfg\n"),
            ("configs/vm.cfg", TempTree.Clean),
            ("configs/vm.bak.cfg", TempTree.Broken),
            ("configs/generated/g.cfg", TempTree.Broken),
            ("configs/team/.gitignore", "local-*.cfg\n!local-keep.cfg\n"),
            ("configs/team/local-mine.cfg", TempTree.Broken),
            ("configs/team/local-keep.cfg", TempTree.Clean),
            ("configs/team/shared.cfg", TempTree.Clean));
        Assert.Equal(["team/local-keep.cfg", "team/shared.cfg", "vm.cfg"], Found(Path.Combine(dir, "configs")));

        // A file named on the command line is linted whatever .gitignore says.
        Assert.Equal(1, CliRunner.Run("lint", Path.Combine(dir, "configs", "vm.bak.cfg")).Exit);
    }

    [Fact]
    public void Outside_a_repository_gitignore_files_above_the_searched_directory_do_not_apply()
    {
        string dir = TempTree.Create((".gitignore", "*.cfg\n"), ("sub/vm.cfg", TempTree.Clean));
        Assert.Equal(["vm.cfg"], Found(Path.Combine(dir, "sub")));
    }

    [Fact]
    public void A_found_ini_file_gets_one_note_but_a_named_one_is_linted()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean), ("python/setup.cfg", "[metadata]\nname = foo\nversion = 1.0\n\n[options]\npackages = find:\n"));
        var (exit, stdout, _) = CliRunner.Run("lint", dir);
        Assert.Equal(0, exit);
        Assert.Contains("setup.cfg:1:1: info XLC0303: not an xl configuration: `[metadata]`", stdout, StringComparison.Ordinal);
        Assert.Single(stdout.Split('\n'), l => l.Contains("XLC0", StringComparison.Ordinal));

        var named = CliRunner.Run("lint", Path.Combine(dir, "python", "setup.cfg"));
        Assert.Equal(1, named.Exit);
        Assert.DoesNotContain("XLC0303", named.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_found_json_document_gets_one_note()
    {
        // Xen's example names are taken by default (xlexample.*), and so is JSON kept beside them.
        string dir = TempTree.Create(("xlexample.hvm", TempTree.Clean), ("xlexample.hvm.expected.json", "{ \"c_info\": { \"type\": \"hvm\" },\n  \"b_info\": [1, 2] }\n"));
        var (exit, stdout, _) = CliRunner.Run("lint", dir);
        Assert.Equal(0, exit);
        Assert.Contains("xlexample.hvm.expected.json:1:1: info XLC0303: not an xl configuration: the file is a JSON document", stdout, StringComparison.Ordinal);
        Assert.EndsWith("2 files, 0 errors, 0 warnings, 1 info (as Xen newest)\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_cannot_be_read_is_reported_and_the_rest_is_linted()
    {
        // A path beyond PATH_MAX (4,096 bytes) cannot be opened, even by root (made with relative mkdir and cd).
        string dir = TempTree.Create(("a.cfg", TempTree.Clean), ("z/b.cfg", TempTree.Broken));
        string name = new('d', 250);
        var mkdir = Process.Start(new ProcessStartInfo("sh", ["-c", $"cd \"$1\" && for i in $(seq 16); do mkdir {name} && cd {name} || exit 1; done && mkdir {name}", "sh", dir]))!;
        mkdir.WaitForExit();
        Assert.Equal(0, mkdir.ExitCode);

        var (exit, stdout, stderr) = CliRunner.Run("lint", "--format", "json", dir);
        Assert.Equal(2, exit);
        Assert.Contains("cannot read directory", stderr, StringComparison.Ordinal);
        var files = JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetProperty("path").GetString())).ToList();
        Assert.Equal(["a.cfg", "b.cfg"], files);
    }

    /// <summary>
    /// A subdirectory the user may not read is reported (exit 2 at the end) and everything else
    /// is linted, as <c>grep -r</c> does; it used to stop the whole walk. As root the tool runs as
    /// user nobody, for whom mode 000 means what it says.
    /// </summary>
    [Fact]
    public void A_directory_the_user_may_not_read_is_reported_and_the_rest_is_linted()
    {
        Assert.SkipUnless(!NobodyProcess.IsRoot || File.Exists("/usr/bin/setpriv"), "needs setpriv to run as nobody");
        string dir = TempTree.Create(("a.cfg", TempTree.Clean), ("locked/b.cfg", TempTree.Clean), ("z/c.cfg", TempTree.Broken));
        foreach (string entry in Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories).Append(dir))
        {
            File.SetUnixFileMode(entry, (UnixFileMode)Convert.ToInt32(Directory.Exists(entry) ? "0755" : "0644", 8));
        }

        File.SetUnixFileMode(Path.Combine(dir, "locked"), UnixFileMode.None);
        try
        {
            var (exit, stdout, stderr) = NobodyProcess.Run(dir, "lint", "--format", "json", ".");
            Assert.Equal(2, exit);
            Assert.Equal("xlchan: ./locked: cannot read directory: permission denied (the rest of the search goes on)\n", stderr.ReplaceLineEndings("\n"));
            var files = JsonDocument.Parse(stdout).RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
            Assert.Equal(["./a.cfg", "./z/c.cfg"], files);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(dir, "locked"), (UnixFileMode)Convert.ToInt32("0755", 8));
        }
    }

    [Fact]
    public void A_file_whose_name_is_not_utf8_is_found_and_linted_by_its_bytes()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean));
        var sh = Process.Start(new ProcessStartInfo("sh", ["-c", "cd \"$1\" && printf '%s' \"$2\" > \"$(printf 'c\\377.cfg')\"", "sh", dir, TempTree.Broken]))!;
        sh.WaitForExit();
        Assert.Equal(0, sh.ExitCode);

        var (exit, stdout, stderr) = EndToEnd.XlchanProcess.Run(dir, "lint", ".");
        Assert.Equal(1, exit);
        Assert.Empty(stderr);
        Assert.Contains("\"./c\\xff.cfg\":1:25: error XLC0107", stdout, StringComparison.Ordinal);
        Assert.Contains("2 files, 1 error", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifos_met_while_searching_are_skipped()
    {
        string dir = TempTree.Create(("vm.cfg", TempTree.Clean));
        var mkfifo = Process.Start("mkfifo", [Path.Combine(dir, "pipe.cfg")]);
        mkfifo.WaitForExit();
        Assert.Equal(["vm.cfg"], Found(dir));
    }
}
