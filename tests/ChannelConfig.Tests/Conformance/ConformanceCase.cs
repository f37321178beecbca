using System.Text.Json;

namespace ChannelConfig.Tests.Conformance;

/// <summary>
/// One input file with what Xen's own code did with it (tests/ChannelConfig.Tests/data, copied
/// from the project's shared conformance data). Three layouts exist: hand-written vectors
/// (<c>NAME.expected.json</c>), generated cases (<c>NAME.json</c>) and peer files
/// (<c>NAME.cfg.expected.json</c> or <c>NAME.expected.json</c>); this type reads all of them.
/// </summary>
public sealed class ConformanceCase
{
    private ConformanceCase(string id, string cfgPath, JsonElement xlu, JsonElement? xl, JsonElement root)
    {
        Id = id;
        CfgPath = cfgPath;
        Xlu = xlu;
        Xl = xl;
        Root = root;
    }

    /// <summary>A short id such as <c>vectors/comments</c>.</summary>
    public string Id { get; }

    /// <summary>The path of the input file.</summary>
    public string CfgPath { get; }

    /// <summary>The source name Xen's messages use: the file name.</summary>
    public string SourceName => Path.GetFileName(CfgPath);

    /// <summary>The parser's result (<c>xlucfg_dump</c> or <c>xlu</c>).</summary>
    public JsonElement Xlu { get; }

    /// <summary>xl and libxl's result for channel cases, when present.</summary>
    public JsonElement? Xl { get; }

    /// <summary>The whole expected document.</summary>
    public JsonElement Root { get; }

    /// <summary>True when libxlu aborted.</summary>
    public bool Crash => Xlu.TryGetProperty("crash", out var c) && c.ValueKind is not (JsonValueKind.Null or JsonValueKind.False);

    /// <summary>libxlu's return code (0 when accepted), or -1 after a crash.</summary>
    public int Rc => Crash ? -1 : Xlu.GetProperty("rc").GetInt32();

    /// <summary>The lines libxlu printed, when recorded.</summary>
    public IReadOnlyList<string>? Messages =>
        Xlu.TryGetProperty("messages", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetString()!).ToList()
            : null;

    /// <summary>The root of the copied test data.</summary>
    public static string DataRoot => Path.Combine(AppContext.BaseDirectory, "data");

    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(() => Load().ToList());

    /// <summary>Every case in the data folder.</summary>
    public static IReadOnlyList<ConformanceCase> All() => Cases.Value;

    /// <summary>
    /// Folders of further cases in the generated layout (<c>NAME.cfg</c> + <c>NAME.json</c>), from
    /// <c>XLCHAN_EXTRA_CONFORMANCE</c> (separated by <c>:</c>): a larger corpus labelled by Xen's
    /// own parser can be checked locally without being part of the repository.
    /// </summary>
    private static string[] ExtraFolders() =>
        (Environment.GetEnvironmentVariable("XLCHAN_EXTRA_CONFORMANCE") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<ConformanceCase> Load()
    {
        string[] builtIn = ["conformance/vectors", "conformance/generated", "peers/libvirt-xlconfigdata", "peers/libvirt-xmconfigdata", "peers/xen-examples"];
        foreach (string dir in builtIn.Concat(ExtraFolders()))
        {
            string full = Path.IsPathRooted(dir) ? dir : Path.Combine(DataRoot, dir);
            foreach (string json in Directory.EnumerateFiles(full, "*.json").Order(StringComparer.Ordinal))
            {
                string cfg = json.EndsWith(".cfg.expected.json", StringComparison.Ordinal)
                    ? json[..^".expected.json".Length]
                    : json.EndsWith(".expected.json", StringComparison.Ordinal)
                        ? json[..^".expected.json".Length] + (File.Exists(json[..^".expected.json".Length] + ".cfg") ? ".cfg" : string.Empty)
                        : json[..^".json".Length] + ".cfg";
                if (!File.Exists(cfg))
                {
                    continue;
                }

                var root = JsonDocument.Parse(File.ReadAllBytes(json)).RootElement;
                var xlu = root.TryGetProperty("xlucfg_dump", out var d) ? d : root.GetProperty("xlu");
                JsonElement? xl = root.TryGetProperty("xlchan_oracle", out var o) ? o
                    : root.TryGetProperty("xl", out var x) && x.ValueKind == JsonValueKind.Object ? x : null;
                yield return new ConformanceCase($"{dir}/{Path.GetFileName(cfg)}", cfg, xlu, xl, root);
            }
        }
    }

    /// <summary>The ids of every case, for xunit theories.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var c in All())
        {
            data.Add(c.Id);
        }

        return data;
    }

    /// <summary>Loads one case by id.</summary>
    public static ConformanceCase Get(string id) => All().Single(c => c.Id == id);

    /// <inheritdoc />
    public override string ToString() => Id;
}
