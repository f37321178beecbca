using System.Text;
using System.Text.Json;
using ChannelConfig.Configuration;
using ChannelConfig.Syntax;
using ChannelConfig.Text;

namespace ChannelConfig.Tests.Conformance;

/// <summary>
/// The reader against Xen's own parser on every conformance and peer file: the verdict, the exact
/// messages, and for accepted files every setting, every effective value and every look-up.
/// </summary>
public sealed class SyntaxConformanceTests
{
    public static TheoryData<string> Cases => ConformanceCase.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verdict_and_messages_equal_xens(string id)
    {
        var c = ConformanceCase.Get(id);
        var config = Read(c);
        var expected = c.Crash ? XlVerdict.Crash : c.Rc == 0 ? XlVerdict.Accepted : XlVerdict.Rejected;
        Assert.Equal(expected, config.Verdict);

        if (c.Messages is { } messages)
        {
            var ours = config.XlReport.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join("\n", messages), string.Join("\n", ours));
        }

        if (c.Xlu.TryGetProperty("report", out var report) && report.ValueKind == JsonValueKind.String)
        {
            Assert.Equal(report.GetString(), config.XlReport);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accepted_files_give_xens_settings_values_and_lookups(string id)
    {
        var c = ConformanceCase.Get(id);
        if (c.Crash || c.Rc != 0)
        {
            return;
        }

        var config = Read(c);
        var problems = new List<string>();
        var expectedSettings = c.Xlu.GetProperty("settings").EnumerateArray().ToList();
        var actual = config.Settings.Select(s => $"{s.Name} {(s.Operator == AssignmentOperator.Append ? "+=" : "=")} line {s.XlLine}");
        var expected = expectedSettings.Select(s => $"{s.GetProperty("name").GetString()} {s.GetProperty("op").GetString()} line {s.GetProperty("lineno").GetInt32()}");
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));

        // The effective value of a name is the value of its last setting in Xen's list.
        var lastByName = new Dictionary<string, JsonElement>();
        foreach (var s in expectedSettings)
        {
            lastByName[s.GetProperty("name").GetString()!] = s;
        }

        foreach (var (name, s) in lastByName)
        {
            if (!config.TryGetEffective(name, out var effective))
            {
                problems.Add($"{name}: missing from effective values");
                continue;
            }

            CompareValue(name, s.GetProperty("value"), effective.Value, problems);
        }

        Assert.Equal(lastByName.Count, config.Effective.Count);
        CompareLookups(c, config, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    internal static XlConfig Read(ConformanceCase c) =>
        XlConfigReader.Read(new SourceText(c.SourceName, File.ReadAllBytes(c.CfgPath)));

    private static void CompareValue(string path, JsonElement expected, XlValue actual, List<string> problems)
    {
        string type = expected.GetProperty("type").GetString()!;
        int line = expected.GetProperty("line").GetInt32();
        if (line != actual.XlLine)
        {
            problems.Add($"{path}: line {actual.XlLine}, Xen {line}");
        }

        if (type == "string")
        {
            if (actual is not XlString s)
            {
                problems.Add($"{path}: list, Xen has a string");
                return;
            }

            byte[] bytes = expected.TryGetProperty("string_hex", out var hex) && hex.ValueKind == JsonValueKind.String
                ? Convert.FromHexString(hex.GetString()!)
                : Encoding.UTF8.GetBytes(expected.GetProperty("string").GetString()!);
            if (!bytes.AsSpan().SequenceEqual(s.Bytes.Span))
            {
                problems.Add($"{path}: \"{s.Value}\", Xen \"{Encoding.UTF8.GetString(bytes)}\"");
            }

            return;
        }

        if (actual is not XlList list)
        {
            problems.Add($"{path}: string, Xen has a list");
            return;
        }

        var items = expected.GetProperty("items").EnumerateArray().ToList();
        if (items.Count != list.Items.Count)
        {
            problems.Add($"{path}: {list.Items.Count} items, Xen {items.Count}");
            return;
        }

        for (int i = 0; i < items.Count; i++)
        {
            CompareValue($"{path}[{i}]", items[i], list.Items[i], problems);
        }
    }

    private static void CompareLookups(ConformanceCase c, XlConfig config, List<string> problems)
    {
        foreach (var lookup in c.Xlu.GetProperty("lookups").EnumerateArray())
        {
            string name = lookup.GetProperty("name").GetString()!;
            var str = lookup.GetProperty("get_string");
            var s = config.Lookups.GetString(name);
            Expect(name, "get_string rc", str.GetProperty("rc").GetInt32(), s.Rc);
            if (s.Ok)
            {
                Expect(name, "get_string value", str.GetProperty("value").GetString(), s.Value);
            }

            ExpectReport(name, "get_string", str, s.Diagnostic?.XlMessage);

            var lng = lookup.GetProperty("get_long");
            var l = config.Lookups.GetLong(name);
            Expect(name, "get_long rc", lng.GetProperty("rc").GetInt32(), l.Rc);
            if (l.Ok)
            {
                Expect(name, "get_long value", lng.GetProperty("value").GetInt64(), l.Value);
            }

            ExpectReport(name, "get_long", lng, l.Diagnostic?.XlMessage);

            var lst = lookup.GetProperty("get_list");
            var li = config.Lookups.GetList(name);
            Expect(name, "get_list rc", lst.GetProperty("rc").GetInt32(), li.Rc);
            if (li.Ok)
            {
                var expectedItems = lst.GetProperty("listitems").EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? "<null>" : x.GetString()).ToList();
                Expect(name, "get_list items", string.Join("|", expectedItems), string.Join("|", li.Value!.Items.Select(x => x ?? "<null>")));
            }

            ExpectReport(name, "get_list", lst, li.Diagnostic?.XlMessage);
        }

        void Expect<T>(string name, string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                problems.Add($"{name}: {what} {actual}, Xen {expected}");
            }
        }

        void ExpectReport(string name, string what, JsonElement expected, string? xl)
        {
            if (expected.TryGetProperty("report", out var r) && r.ValueKind == JsonValueKind.String)
            {
                string ours = xl is null ? string.Empty : xl + "\n";
                Expect(name, what + " report", r.GetString(), ours);
            }
        }
    }
}
