using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using ChannelConfig.Cli;
using ChannelConfig.Cli.Files;
using ChannelConfig.Tests.Cli;
using ChannelConfig.Tests.EndToEnd;
using ChannelConfig.Tests.Support;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Writing files as safely as <c>sed -i</c> and renameio: new outputs are created, special files are
/// never replaced, a temporary file never shows its content to another user, owner/ACLs/extended
/// attributes survive, concurrent edits lose nothing, a failed run leaves its output as it was, and
/// no random source is needed.
/// </summary>
[Trait(SlowTests.Trait, SlowTests.Slow)]
public sealed class FileWriteSafetyTests : IDisposable
{
    private const string Config = "name = \"vm\"\nchannel = [ \"connection=PTY,name=org.example.a.0\" ]\n";
    private const string CleanConfig = "name = \"vm\"\nchannel = [ \"connection=pty,name=org.example.a.0\" ]\n";
    private const uint Nobody = 65534;

    private readonly string _dir = Directory.CreateTempSubdirectory("xlchan-writes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static bool IsRoot => Environment.UserName == "root";

    [Fact]
    public void Dump_output_to_a_file_that_does_not_exist_creates_it()
    {
        string cfg = Write("vm.cfg", CleanConfig);
        string output = Path.Combine(_dir, "new.json");
        var (exit, stdout, stderr) = CliRunner.Run("dump", "-o", output, cfg);
        Assert.True(exit == 0, stderr);
        Assert.Empty(stdout);
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
        var umask = NativeFiles.Umask();
        Assert.Equal((UnixFileMode)0b110_110_110 & ~umask, File.GetUnixFileMode(output));
        Assert.Equal(["new.json", "vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Dump_output_through_a_dangling_link_creates_the_file_it_names()
    {
        string cfg = Write("vm.cfg", CleanConfig);
        string link = Path.Combine(_dir, "out.json");
        File.CreateSymbolicLink(link, "target.json");
        Assert.Equal(0, CliRunner.Run("dump", "-o", link, cfg).Exit);
        Assert.Equal("target.json", new FileInfo(link).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(Path.Combine(_dir, "target.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void In_place_edits_refuse_devices_and_fifos_and_leave_them_as_they_are()
    {
        Assert.SkipUnless(IsRoot, "making a device node needs root");
        string device = MakeNode("null", "c", "1", "3");
        string fifo = MakeNode("pipe", "p");
        foreach (string node in new[] { device, fifo })
        {
            var before = Status(node);
            foreach (var args in new[] { new[] { "fix", "-i", node }, ["channel", "add", "-i", node, "--connection", "pty", "--name", "org.example.b.0"] })
            {
                var (exit, _, stderr) = CliRunner.Run(args);
                Assert.Equal(2, exit);
                Assert.Contains("not a regular file", stderr, StringComparison.Ordinal);
                Assert.Equal(before, Status(node));
            }
        }

        Assert.Equal(2, Directory.GetFileSystemEntries(_dir).Length);
    }

    [Fact]
    public async Task Dump_output_writes_through_a_character_device_and_a_fifo_and_never_replaces_them()
    {
        Assert.SkipUnless(IsRoot, "making a device node needs root");
        string cfg = Write("vm.cfg", CleanConfig);
        string device = MakeNode("null", "c", "1", "3");
        var before = Status(device);
        Assert.Equal(0, CliRunner.Run("dump", "-o", device, cfg).Exit);
        Assert.Equal(before, Status(device));

        string fifo = MakeNode("pipe", "p");
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);
        Assert.Equal(0, CliRunner.Run("dump", "-o", fifo, cfg).Exit);
        Assert.StartsWith("{", await reader, StringComparison.Ordinal);
        Assert.Equal(FileStatusType.Fifo, Status(fifo).Type);
        Assert.Equal(3, Directory.GetFileSystemEntries(_dir).Length);
    }

    [Fact]
    public void Dump_output_refuses_a_block_device_a_socket_and_a_directory()
    {
        string cfg = Write("vm.cfg", CleanConfig);
        var targets = new List<string> { Directory.CreateDirectory(Path.Combine(_dir, "dir")).FullName };
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        string socketPath = Path.Combine(_dir, "sock");
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        targets.Add(socketPath);
        if (IsRoot)
        {
            targets.Add(MakeNode("block", "b", "7", "200"));
        }

        foreach (string target in targets)
        {
            var before = Status(target);
            var (exit, _, stderr) = CliRunner.Run("dump", "-o", target, cfg);
            Assert.Equal(2, exit);
            Assert.StartsWith($"xlchan: {target}: is a", stderr, StringComparison.Ordinal);
            Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.Equal(before, Status(target));
        }
    }

    [Fact]
    public void A_temporary_file_is_created_mode_0600_before_anything_is_written()
    {
        using var temp = TemporaryFile.Create(_dir, "vm.cfg");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp.Path));
        Assert.Equal(0, new FileInfo(temp.Path).Length);
        Assert.Matches($@"^\.vm\.cfg\.xlchan-{Environment.ProcessId}-[0-9]+\.tmp$", Path.GetFileName(temp.Path));
    }

    [Fact]
    public void A_file_with_the_longest_name_allowed_is_replaced()
    {
        string name = string.Concat(Enumerable.Repeat("\u00e9", 127)); // 254 bytes of UTF-8
        string cfg = Write(name, Config);
        var (exit, _, stderr) = CliRunner.Run("fix", "-i", cfg);
        Assert.True(exit == 0, stderr);
        Assert.Contains("connection=pty", File.ReadAllText(cfg), StringComparison.Ordinal);
        Assert.Single(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Another_user_never_reads_a_secret_file_while_it_is_edited()
    {
        Assert.SkipUnless(IsRoot, "needs root to run a reader as another user");
        Assert.SkipUnless(File.Exists("/usr/bin/setpriv"), "needs setpriv");
        File.SetUnixFileMode(_dir, (UnixFileMode)0b111_101_101); // others may list the directory and open files in it
        string cfg = Write("vm.cfg", "name = \"vm\"\nvncpasswd = \"SECRET-7f3a\"\n");
        File.SetUnixFileMode(cfg, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var start = new ProcessStartInfo("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-c",
            // Shell builtins only (no fork per read), so the reader polls as fast as it can.
            $"echo started; while :; do for f in {_dir}/.vm.cfg.*; do while IFS= read -r line; do echo \"$line\"; done < \"$f\"; done 2>/dev/null; done"])
        {
            RedirectStandardOutput = true,
        };
        using var reader = Process.Start(start)!;
        var seen = new StringBuilder();
        reader.OutputDataReceived += (_, e) =>
        {
            lock (seen)
            {
                seen.AppendLine(e.Data);
            }
        };
        reader.BeginOutputReadLine();
        try
        {
            for (int i = 0; i < 40; i++)
            {
                Assert.Equal(0, CliRunner.Run("channel", "add", "-i", cfg, "--connection", "pty", "--name", "org.example.a.0").Exit);
                Assert.Equal(0, CliRunner.Run("channel", "remove", "-i", cfg, "--name", "org.example.a.0", "--remove-empty").Exit);
            }
        }
        finally
        {
            reader.Kill();
            reader.WaitForExit();
        }

        string output;
        lock (seen)
        {
            output = seen.ToString();
        }

        Assert.StartsWith("started", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", output, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(cfg));
        Assert.Contains("SECRET-7f3a", File.ReadAllText(cfg), StringComparison.Ordinal);
    }

    [Fact]
    public void Owner_group_mode_acl_and_extended_attributes_are_kept_by_root()
    {
        Assert.SkipUnless(IsRoot, "giving a file to another user needs root");
        string cfg = Write("vm.cfg", Config);
        byte[] acl = Acl(userObject: 7, namedUser: Nobody, namedUserPermissions: 4, groupObject: 5, mask: 5, other: 0);
        using (var handle = File.OpenHandle(cfg))
        {
            Assert.Equal(0, NativeFiles.TryChangeOwner(handle, Nobody, Nobody));
            Assert.Equal(0, NativeFiles.TrySetAttribute(handle, "system.posix_acl_access", acl));
            Assert.Equal(0, NativeFiles.TrySetAttribute(handle, "user.origin", "provisioning"u8.ToArray()));
        }

        var mode = (UnixFileMode)Convert.ToInt32("4750", 8);
        File.SetUnixFileMode(cfg, mode);
        var before = Attributes(cfg);

        var (exit, _, stderr) = CliRunner.Run("fix", "-i", cfg);
        Assert.True(exit == 0, stderr);
        Assert.Contains("connection=pty", File.ReadAllText(cfg), StringComparison.Ordinal);
        var after = NativeFiles.Stat(cfg, followLinks: true, out _)!.Value;
        Assert.Equal((Nobody, Nobody), (after.User, after.Group));
        Assert.Equal(mode, after.Mode);
        Assert.Equal(before, Attributes(cfg));
        Assert.Contains("system.posix_acl_access", before.Keys);
        Assert.Contains("user.origin", before.Keys);
    }

    [Fact]
    public void A_setuid_bit_is_dropped_when_the_owner_cannot_be_kept()
    {
        Assert.SkipUnless(IsRoot, "needs root to set up a file another user edits");
        Assert.SkipUnless(File.Exists("/usr/bin/setpriv"), "needs setpriv");
        File.SetUnixFileMode(_dir, (UnixFileMode)0b111_111_111);
        string cfg = Write("vm.cfg", Config);
        File.SetUnixFileMode(cfg, (UnixFileMode)Convert.ToInt32("4755", 8));

        var (exit, stderr) = RunAsNobody("fix", "-i", cfg);
        Assert.True(exit == 0, stderr);

        var after = NativeFiles.Stat(cfg, followLinks: true, out _)!.Value;
        Assert.Equal(Nobody, after.User);
        Assert.Equal((UnixFileMode)Convert.ToInt32("0755", 8), after.Mode);
        Assert.Contains("connection=pty", File.ReadAllText(cfg), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_that_cannot_be_kept_stops_the_write_unless_forced()
    {
        Assert.SkipUnless(IsRoot, "needs root to set a file capability");
        Assert.SkipUnless(File.Exists("/usr/bin/setpriv"), "needs setpriv");
        File.SetUnixFileMode(_dir, (UnixFileMode)0b111_111_111);
        string cfg = Write("vm.cfg", Config);
        byte[] capability = [.. BitConverter.GetBytes(0x02000000u), .. BitConverter.GetBytes(1u << 10), .. new byte[12]]; // cap_net_bind_service
        using (var handle = File.OpenHandle(cfg))
        {
            Assert.Equal(0, NativeFiles.TryChangeOwner(handle, Nobody, Nobody));
            Assert.Equal(0, NativeFiles.TrySetAttribute(handle, "security.capability", capability)); // only root may set it again
        }

        var (exit, stderr) = RunAsNobody("fix", "-i", cfg);
        Assert.Equal(2, exit);
        Assert.Contains("cannot keep extended attribute 'security.capability'", stderr, StringComparison.Ordinal);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal(Config, File.ReadAllText(cfg));
        Assert.Contains("security.capability", NativeFiles.ListAttributes(cfg));
        Assert.Single(Directory.GetFileSystemEntries(_dir));

        (exit, stderr) = RunAsNobody("fix", "-i", "--force", cfg);
        Assert.True(exit == 0, stderr);
        Assert.Contains("connection=pty", File.ReadAllText(cfg), StringComparison.Ordinal);
        Assert.DoesNotContain("security.capability", NativeFiles.ListAttributes(cfg));
    }

    [Fact]
    public async Task Concurrent_in_place_edits_of_one_file_lose_no_update()
    {
        string cfg = Write("vm.cfg", "name = \"vm\"\n");
        const int Editors = 20;
        var runs = Enumerable.Range(0, Editors)
            .Select(i => Task.Run(() => XlchanProcess.Run(_dir, "channel", "add", "-i", cfg, "--connection", "pty", "--name", $"org.example.c{i}.0"), TestContext.Current.CancellationToken))
            .ToArray();
        foreach (var (exit, _, stderr) in await Task.WhenAll(runs))
        {
            Assert.True(exit == 0, stderr);
        }

        string text = File.ReadAllText(cfg);
        for (int i = 0; i < Editors; i++)
        {
            Assert.Contains($"name=org.example.c{i}.0", text, StringComparison.Ordinal);
        }

        Assert.Equal(["vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void An_edit_waits_for_the_lock_and_a_stop_signal_while_waiting_leaves_the_file_as_it_was()
    {
        Assert.SkipUnless(NativeFiles.IsSupported, "flock");
        string cfg = Write("vm.cfg", "name = \"vm\"\n");
        using (var held = NativeFiles.OpenForReading(cfg, out _)!)
        {
            NativeFiles.LockExclusively(held); // as `flock vm.cfg COMMAND` or another xlchan edit would
            var start = new ProcessStartInfo("dotnet", [XlchanProcess.Dll, "channel", "add", "-i", cfg, "--connection", "pty", "--name", "org.example.z.0"]) { RedirectStandardError = true };
            using var editor = Process.Start(start)!;
            Assert.False(editor.WaitForExit(3000), "the edit did not wait for the lock");
            using (var kill = Process.Start("kill", ["-TERM", editor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
            {
                kill.WaitForExit();
            }

            Assert.True(editor.WaitForExit(30_000), "SIGTERM did not stop an edit waiting for the lock");
            Assert.Equal(143, editor.ExitCode);
        }

        Assert.Equal("name = \"vm\"\n", File.ReadAllText(cfg));
        Assert.Equal(["vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));

        var (exit, _, stderr) = XlchanProcess.Run(_dir, "channel", "add", "-i", cfg, "--connection", "pty", "--name", "org.example.z.0");
        Assert.True(exit == 0, stderr);
        Assert.Contains("org.example.z.0", File.ReadAllText(cfg), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_changed_by_another_program_during_an_edit_is_left_as_that_program_wrote_it()
    {
        string cfg = Write("vm.cfg", Config);
        const string Theirs = "name = \"vm\"\nmemory = 1024\n";
        using var stderr = new StringWriter();
        int exit = EditOutput.InPlace(cfg, source =>
        {
            Shell($"printf 'name = \"vm\"\\nmemory = 1024\\n' > '{cfg}'"); // another program writes while xlchan edits
            return new ChannelConfig.Editing.XlConfigEditor(source).ApplyFixes();
        }, force: false, stderr, out _);

        Assert.Equal(2, exit);
        Assert.Contains("changed while it was being edited", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(Theirs, File.ReadAllText(cfg));
        Assert.Equal(["vm.cfg"], Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_replaced_by_rename_during_an_edit_is_left_as_replaced()
    {
        string cfg = Write("vm.cfg", Config);
        const string Theirs = "name = \"other\"\n";
        using var stderr = new StringWriter();
        int exit = EditOutput.InPlace(cfg, source =>
        {
            string other = Write("other.tmp", Theirs);
            File.Move(other, cfg, overwrite: true); // as an editor that saves by rename does
            return new ChannelConfig.Editing.XlConfigEditor(source).ApplyFixes();
        }, force: false, stderr, out _);

        Assert.Equal(2, exit);
        Assert.Equal(Theirs, File.ReadAllText(cfg));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_failed_dump_leaves_its_output_exactly_as_it_was(string format)
    {
        string good = Write("vm.cfg", CleanConfig);
        string output = Write("out.json", "previous output\n");
        var before = File.GetLastWriteTimeUtc(output);
        string[] inputs = format == "jsonl" ? [good, Path.Combine(_dir, "missing.cfg")] : [Path.Combine(_dir, "missing.cfg")];
        var (exit, _, stderr) = CliRunner.Run(["dump", "-f", format, "-o", output, .. inputs]);
        Assert.Equal(2, exit);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
        Assert.Contains($"{output}: not written", stderr, StringComparison.Ordinal);
        Assert.Equal("previous output\n", File.ReadAllText(output));
        Assert.Equal(before, File.GetLastWriteTimeUtc(output));
        Assert.Equal(2, Directory.GetFileSystemEntries(_dir).Length);
    }

    [Fact]
    public async Task A_full_disk_leaves_the_output_and_the_edited_file_as_they_were()
    {
        // A 256 KiB file system, private to one process: the temporary file cannot be filled.
        Assert.SkipUnless(IsRoot && File.Exists("/usr/bin/unshare"), "needs root and unshare");
        var text = new StringBuilder("name = \"vm\"\nchannel = [\n");
        for (int i = 0; i < 3000; i++)
        {
            text.Append("  \"connection=PTY,name=org.example.c").Append(i).Append(".0\",\n");
        }

        string cfg = Write("big.cfg", text.Append("]\n").ToString());
        string small = Directory.CreateDirectory(Path.Combine(_dir, "small")).FullName;
        string script = $"mount -t tmpfs -o size=256k none '{small}' && printf old > '{small}/out.json' && cp '{cfg}' '{small}/vm.cfg' "
            + $"&& dotnet '{XlchanProcess.Dll}' dump -o '{small}/out.json' '{cfg}'; echo \"dump=$?\"; "
            + $"dotnet '{XlchanProcess.Dll}' fix -i '{small}/vm.cfg'; echo \"fix=$?\"; "
            + $"cat '{small}/out.json'; echo; cmp '{small}/vm.cfg' '{cfg}' && echo same; ls -A '{small}'";
        var start = new ProcessStartInfo("unshare", ["-m", "sh", "-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        string stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        string stderr = await stderrTask;
        Assert.SkipWhen(stderr.Contains("mount:", StringComparison.Ordinal) || stderr.Contains("unshare:", StringComparison.Ordinal), "mount namespaces are not allowed here: " + stderr);

        Assert.Equal(["dump=2", "fix=2", "old", "same", "out.json", "vm.cfg"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        string[] errors = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(2, errors.Length);
        Assert.All(errors, e => Assert.EndsWith("No space left on device; nothing was written, the file is as it was", e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "not a file name (empty, or holding a NUL byte)")]
    [InlineData("missing/out.json", "cannot create a file in DIR/missing: no such directory")]
    [InlineData("/proc/self/status", "cannot create a file in /proc/self: it does not take new files")]
    public void An_output_that_cannot_be_written_is_one_line_naming_the_problem(string output, string message)
    {
        Assert.SkipWhen(output.StartsWith("/proc", StringComparison.Ordinal) && !File.Exists(output), "no /proc here");
        string cfg = Write("vm.cfg", CleanConfig);
        string path = output.Length > 0 && output[0] != '/' ? Path.Combine(_dir, output) : output;
        var (exit, _, stderr) = CliRunner.Run("dump", "-o", path, cfg);
        Assert.Equal(2, exit);
        Assert.Equal($"xlchan: {path}: {message.Replace("DIR", _dir, StringComparison.Ordinal)}", stderr.TrimEnd('\n').Split('\n')[0]);
        Assert.DoesNotContain(".tmp", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Dump_output_to_dev_stdout_goes_to_standard_output()
    {
        string cfg = Write("vm.cfg", CleanConfig);
        var (exit, stdout, _) = CliRunner.Run("dump", "-o", "/dev/stdout", cfg);
        Assert.Equal(0, exit);
        Assert.StartsWith("{", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dump_output_works_without_dev_urandom()
    {
        // A minimal chroot has no /dev/urandom: a private mount namespace with an empty /dev gives the same.
        Assert.SkipUnless(IsRoot && File.Exists("/usr/bin/unshare"), "needs root and unshare");
        string cfg = Write("vm.cfg", CleanConfig);
        string output = Write("out.json", "old\n");
        string script = $"mount -t tmpfs none /dev && touch /dev/null && exec dotnet '{XlchanProcess.Dll}' dump -o '{output}' '{cfg}'";
        var start = new ProcessStartInfo("unshare", ["-m", "sh", "-c", script]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.SkipWhen(stderr.Contains("mount:", StringComparison.Ordinal) || stderr.Contains("unshare:", StringComparison.Ordinal), "mount namespaces are not allowed here: " + stderr);
        Assert.True(process.ExitCode == 0, stderr);
        Assert.Empty(stderr);
        Assert.StartsWith("{", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private static byte[] Acl(ushort userObject, uint namedUser, ushort namedUserPermissions, ushort groupObject, ushort mask, ushort other)
    {
        // The posix_acl_xattr layout: version 2, then (tag, permissions, id) entries in tag order.
        const uint Undefined = uint.MaxValue;
        var entries = new (ushort Tag, ushort Permissions, uint Id)[]
        {
            (0x01, userObject, Undefined), (0x02, namedUserPermissions, namedUser), (0x04, groupObject, Undefined), (0x10, mask, Undefined), (0x20, other, Undefined),
        };
        var bytes = new List<byte>(BitConverter.GetBytes(2u));
        foreach (var (tag, permissions, id) in entries)
        {
            bytes.AddRange(BitConverter.GetBytes(tag));
            bytes.AddRange(BitConverter.GetBytes(permissions));
            bytes.AddRange(BitConverter.GetBytes(id));
        }

        return [.. bytes];
    }

    private (int Exit, string Stderr) RunAsNobody(params string[] args)
    {
        var (exit, _, stderr) = NobodyProcess.Run(_dir, args);
        return (exit, stderr);
    }

    private static void Shell(string command)
    {
        using var shell = Process.Start("sh", ["-c", command])!;
        shell.WaitForExit();
        Assert.Equal(0, shell.ExitCode);
    }

    private static Dictionary<string, string> Attributes(string path) =>
        NativeFiles.ListAttributes(path).ToDictionary(name => name, name => Convert.ToHexString(NativeFiles.GetAttribute(path, name)));

    private static FileStatus Status(string path) => NativeFiles.Stat(path, followLinks: false, out _)!.Value;

    private string MakeNode(string name, params string[] kind)
    {
        string path = Path.Combine(_dir, name);
        using var mknod = Process.Start("mknod", [path, .. kind])!;
        mknod.WaitForExit();
        Assert.Equal(0, mknod.ExitCode);
        return path;
    }

    private string Write(string relative, string content)
    {
        string path = Path.Combine(_dir, relative);
        File.WriteAllText(path, content);
        return path;
    }
}
