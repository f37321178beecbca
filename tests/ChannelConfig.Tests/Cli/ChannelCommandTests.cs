using System.Text.Json;

namespace ChannelConfig.Tests.Cli;

/// <summary><c>xlchan channel</c>: edits never leave a new problem silently; list's table and JSON; standard input.</summary>
public sealed class ChannelCommandTests
{
    private const string Socket = "channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\" ]\n";

    [Fact]
    public void Set_connection_pty_drops_the_socket_path_and_says_so()
    {
        string path = CliRunner.TempFile(Socket);
        var (exit, _, stderr) = CliRunner.Run("channel", "set", path, "--name", "org.example.a.0", "--connection", "pty", "-i");
        Assert.Equal(0, exit);
        Assert.Equal("channel = [ \"connection=pty, name=org.example.a.0\" ]\n", File.ReadAllText(path));
        Assert.Equal($"xlchan: {path}: dropped path=/run/xen/a.sock from channel `org.example.a.0`: a pty channel has no socket path\n", stderr);
        Assert.Equal(0, CliRunner.Run("lint", path).Exit);
    }

    [Theory]
    [InlineData("\"path=/run/a.sock, connection=socket, name=a\"", "\"connection=pty, name=a\"")]
    [InlineData("\"connection=socket,name=a,path=/run/a.sock\"", "\"connection=pty,name=a\"")]
    [InlineData("'connection=socket, path=/run/a.sock, path=/run/b.sock, name=a'", "'connection=pty, name=a'")]
    public void Set_connection_pty_drops_every_path_wherever_it_stands(string item, string expected)
    {
        var (exit, stdout, stderr) = CliRunner.RunWithStdin($"channel = [ {item} ]\n", "channel", "set", "-", "--name", "a", "--connection", "pty");
        Assert.Equal(0, exit);
        Assert.Equal($"channel = [ {expected} ]\n", stdout);
        Assert.Contains("dropped path=/run/a.sock", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_connection_pty_with_a_path_is_refused()
    {
        string path = CliRunner.TempFile(Socket);
        var (exit, stdout, stderr) = CliRunner.Run("channel", "set", path, "--name", "org.example.a.0", "--connection", "pty", "--path", "/run/b.sock");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("a pty channel has no socket path", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_refuses_a_relative_socket_path_unless_allowed_and_then_names_the_warning()
    {
        string path = CliRunner.TempFile("name = \"vm\"\n");
        var (exit, stdout, stderr) = CliRunner.Run("channel", "add", path, "--name", "org.example.b.0", "--connection", "socket", "--path", "b.sock");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("xlchan: --path b.sock is relative:", stderr, StringComparison.Ordinal);
        Assert.Contains("(XLC0114)", stderr, StringComparison.Ordinal);
        Assert.Contains("--allow-relative-path", stderr, StringComparison.Ordinal);

        (exit, stdout, stderr) = CliRunner.Run("channel", "add", path, "--name", "org.example.b.0", "--connection", "socket", "--path", "b.sock", "--allow-relative-path");
        Assert.Equal(0, exit);
        Assert.Contains("path=b.sock", stdout, StringComparison.Ordinal);
        Assert.Contains("new warning: XLC0114", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("add", "--connection pty --path /run/b.sock", "a pty channel has no socket path (xl ignores path= on it); drop --path, or use --connection socket")]
    [InlineData("set", "--connection socket", "a socket channel needs a path: give --path, such as /run/xen/org.example.p.0.sock")]
    public void A_channel_whose_connection_and_path_disagree_is_refused(string command, string options, string message)
    {
        string path = CliRunner.TempFile("channel = [ \"connection=pty, name=org.example.p.0\" ]\n");
        var (exit, stdout, stderr) = CliRunner.Run(["channel", command, path, "--name", command == "add" ? "org.example.b.0" : "org.example.p.0", .. options.Split(' ')]);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"xlchan: {path}: {message}\n", stderr);
    }

    [Fact]
    public void Add_requires_a_connection()
    {
        string path = CliRunner.TempFile("name = \"vm\"\n");
        var (exit, stdout, stderr) = CliRunner.Run("channel", "add", path, "--name", "org.example.b.0");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("xlchan: channel add needs --connection pty or --connection socket (there is no default)\n", stderr);
    }

    [Fact]
    public void Set_with_nothing_to_change_says_so()
    {
        string path = CliRunner.TempFile(Socket);
        var (exit, stdout, stderr) = CliRunner.Run("channel", "set", path, "--name", "org.example.a.0");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("xlchan: channel set has nothing to change: give --connection, --path, --backend or --new-name\n", stderr);

        (exit, stdout, stderr) = CliRunner.Run("channel", "set", path, "--name", "org.example.a.0", "--path", "/run/xen/a.sock");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal($"xlchan: {path}: nothing changed: channel `org.example.a.0` already has those values\n", stderr);
    }

    [Fact]
    public void List_aligns_its_columns()
    {
        string path = CliRunner.TempFile(
            "channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\",\n"
            + "            \"connection=pty, name=has blank\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("channel", "list", path);
        Assert.Equal(0, exit);
        Assert.Equal(
            "IDX  DEVID  CONNECTION  BACKEND  NAME             PATH\n"
            + "0    1      socket      0        org.example.a.0  /run/xen/a.sock\n"
            + "1    2      pty         0        \"has blank\"      -\n",
            stdout);
    }

    [Fact]
    public void List_as_json_is_one_array_of_channels_with_their_lines()
    {
        string path = CliRunner.TempFile(
            "name = \"vm\"\nchannel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\",\n"
            + "            \"connection=pty, name=org.example.b.0\" ]\n");
        var (exit, stdout, _) = CliRunner.Run("channel", "list", "--format", "json", path);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var channels = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, channels.Count);
        Assert.Equal(0, channels[0].GetProperty("index").GetInt32());
        Assert.Equal(1, channels[0].GetProperty("devid").GetInt32());
        Assert.Equal("socket", channels[0].GetProperty("connection").GetString());
        Assert.Equal(0, channels[0].GetProperty("backend").GetInt32());
        Assert.Equal("org.example.a.0", channels[0].GetProperty("name").GetString());
        Assert.Equal("/run/xen/a.sock", channels[0].GetProperty("path").GetString());
        Assert.Equal(2, channels[0].GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, channels[1].GetProperty("path").ValueKind);
        Assert.Equal(3, channels[1].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Channel_commands_read_standard_input_and_print_the_whole_edited_file()
    {
        var (exit, stdout, stderr) = CliRunner.RunWithStdin(Socket, "channel", "add", "-", "--name", "org.example.b.0", "--connection", "pty");
        Assert.Equal(0, exit);
        Assert.Equal("channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\", \"connection=pty, name=org.example.b.0\" ]\n", stdout);
        Assert.Equal(string.Empty, stderr);

        (exit, stdout, stderr) = CliRunner.RunWithStdin(Socket, "channel", "remove", "-", "--stdin-name", "vm1.cfg", "--name", "missing");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("xlchan: vm1.cfg: no channel named `missing`\n", stderr);

        (exit, stdout, _) = CliRunner.RunWithStdin(Socket, "channel", "list", "-");
        Assert.Equal(0, exit);
        Assert.Contains("org.example.a.0", stdout, StringComparison.Ordinal);

        (exit, _, stderr) = CliRunner.RunWithStdin(Socket, "channel", "remove", "-", "-i", "--name", "org.example.a.0");
        Assert.Equal(2, exit);
        Assert.Contains("cannot edit standard input in place", stderr, StringComparison.Ordinal);
    }
}
