// A tour of the ChannelConfig library: read a file as xl does, walk its channels, validate,
// emit the xenstore nodes libxl would write, then add a channel without touching anything else.
//
//   dotnet run --project samples/LibraryUsage -- samples/cloud-first-boot.cfg [OUTPUT.cfg]
using ChannelConfig;
using ChannelConfig.Channels;
using ChannelConfig.Editing;
using ChannelConfig.Emitters;
using ChannelConfig.Text;

string input = args.Length > 0 ? args[0] : "samples/cloud-first-boot.cfg";
var source = new SourceText(input, File.ReadAllBytes(input));

// 1. Read, analyse the channels and validate, in one call (XlLinter.Read and XlLinter.Analyze are
//    the first two steps alone). Linting never throws on any content.
var options = new LintOptions { Xen = XenVersion.Newest, GuestDomid = 7 };
LintResult result = XlLinter.Lint(source, options);
Console.WriteLine($"xl's verdict: {result.Verdict}");
foreach (var d in result.Diagnostics)
{
    Console.WriteLine($"  {d.Span.Start.Line}:{d.Span.Start.Column} {d.Severity} {d.Code}: {d.Message}");
}

// 2. The value xl sees for a setting, read the way xl reads numbers.
var memory = result.Config.Lookups.GetLong("memory");
Console.WriteLine(memory.Ok ? $"memory: {memory.Value} MiB" : $"memory: not set ({memory.Rc})");

// 3. The channels as libxl sets them up: devid, name, connection, path.
foreach (var channel in result.Channels.Channels)
{
    Console.WriteLine($"channel {channel.Devid}: {channel.Name} ({channel.Connection}{(channel.Path is null ? string.Empty : " " + channel.Path)})");
}

// 4. What libxl writes to xenstore for them, in its order.
var nodes = ChannelEmitter.XenstoreNodes(result.Channels);
Console.WriteLine($"xenstore: {nodes.Count} nodes, e.g. {nodes.First(n => n.Path.EndsWith("/name", StringComparison.Ordinal)).Path}");

// 5. Add a channel; the edit is verified by reading the result again.
var edit = new XlConfigEditor(source, options)
    .AddChannel(new ChannelSpec("org.example.backup.0", ChannelConnection.Socket, "/run/xen/backup.sock"));
if (!edit.Succeeded)
{
    Console.WriteLine($"edit refused: {edit.Error}");
    return 1;
}

Console.Write(edit.ToUnifiedDiff());
if (args.Length > 1)
{
    File.WriteAllBytes(args[1], edit.Edited!.Bytes.ToArray());
    Console.WriteLine($"written to {args[1]}");
}

return 0;
