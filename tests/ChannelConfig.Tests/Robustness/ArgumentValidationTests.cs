using System.Reflection;
using System.Text.Json;
using ChannelConfig.Channels;
using ChannelConfig.Configuration;
using ChannelConfig.Diagnostics;
using ChannelConfig.Editing;
using ChannelConfig.Emitters.Libvirt;
using ChannelConfig.Emitters.Xenstore;
using ChannelConfig.Text;
using ChannelConfig.Emitters;

namespace ChannelConfig.Tests.Robustness;

/// <summary>
/// Every public method and constructor of the library refuses a null where its signature says
/// null is not allowed with an <see cref="ArgumentNullException"/> (issue 22, item 15), never a
/// <see cref="NullReferenceException"/> from somewhere inside; and the arguments of item 15 are
/// refused or handled as documented.
/// </summary>
public sealed class ArgumentValidationTests
{
    private const string Config =
        "name = \"web-01\"\n"
        + "channel = [ \"connection=socket, path=/run/xen/a.sock, name=org.example.a.0\", \"connection=pty, name=org.example.b.0\" ]\n";

    [Fact]
    public void Every_public_method_refuses_a_null_it_does_not_allow_with_ArgumentNullException()
    {
        var samples = Samples();
        var nullability = new NullabilityInfoContext();
        var failures = new List<string>();
        var uncovered = new List<string>();
        int calls = 0;
        foreach (var type in typeof(XlLinter).Assembly.GetExportedTypes())
        {
            foreach (var method in Callables(type))
            {
                var parameters = method.GetParameters();
                for (int i = 0; i < parameters.Length; i++)
                {
                    var parameter = parameters[i];
                    if (parameter.ParameterType.IsValueType || parameter.ParameterType.IsByRef
                        || nullability.Create(parameter).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    object? target = null;
                    if (method is MethodInfo { IsStatic: false } && !samples.TryGetValue(type, out target))
                    {
                        uncovered.Add($"{type.Name}.{method.Name}: no sample {type.Name} to call it on");
                        continue;
                    }

                    var missing = parameters.Where((p, k) => k != i && !p.ParameterType.IsValueType && !p.ParameterType.IsByRef && !p.HasDefaultValue && Sample(samples, p) is null).Select(p => p.Name).ToList();
                    if (missing.Count > 0)
                    {
                        uncovered.Add($"{type.Name}.{method.Name}: no sample for {string.Join(", ", missing)}");
                        continue;
                    }

                    object?[] args = [.. parameters.Select((p, k) => k == i ? null : Sample(samples, p))];
                    calls++;
                    var thrown = Call(method, target, args);
                    if (thrown is not ArgumentNullException)
                    {
                        failures.Add($"{type.Name}.{method.Name}({string.Join(", ", parameters.Select(p => p.Name))}) with {parameter.Name} = null: {thrown?.GetType().Name ?? "no exception"}");
                    }
                }
            }
        }

        // Every public method that takes a reference it does not allow to be null is called: a new
        // public type or parameter type needs a sample below.
        Assert.True(uncovered.Count == 0, "not checked:\n" + string.Join('\n', uncovered.Distinct()));
        Assert.True(calls > 80, $"only {calls} calls were made");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Channel_options_refuse_null_domains_and_negative_limits()
    {
        Assert.Throws<ArgumentNullException>(() => new ChannelOptions { Domains = null! });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ChannelOptions { MaxDiagnostics = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new XlReaderOptions { MaxDiagnostics = -1 });
        Assert.Throws<ArgumentNullException>(() => ChannelOptions.Default with { Domains = null! });
    }

    [Fact]
    public void Lookups_refuse_a_null_name()
    {
        var lookups = XlConfigReader.Parse(Config, "vm.cfg").Lookups;
        Assert.Throws<ArgumentNullException>(() => lookups.GetString(null!));
        Assert.Throws<ArgumentNullException>(() => lookups.GetLong(null!));
        Assert.Throws<ArgumentNullException>(() => lookups.GetList(null!));
    }

    [Fact]
    public void A_null_edit_is_refused_by_the_applier_and_the_diff()
    {
        var source = new SourceText("vm.cfg", "a = 1\n"u8.ToArray());
        Assert.Throws<ArgumentNullException>(() => EditApplier.Apply(source, [null!]));
        Assert.Throws<ArgumentNullException>(() => EditApplier.AreDisjoint([null!]));
        Assert.Throws<ArgumentNullException>(() => UnifiedDiff.Create("vm.cfg", source, [null!]));
        Assert.Throws<ArgumentNullException>(() => new TextEdit(default, null!));
    }

    [Fact]
    public void A_default_xenstore_node_is_empty_and_every_writer_takes_it()
    {
        XenstoreNode node = default;
        Assert.Equal((string.Empty, string.Empty, string.Empty), (node.Path, node.Value, node.Permissions));
        Assert.Equal(" = \"\"   ()\n", XenstoreWriter.ToListing([node]));
        Assert.Contains("\"path\": \"\"", XenstoreWriter.ToJson([node]), StringComparison.Ordinal);
        Assert.Contains("xenstore-write '' ''", XenstoreWriter.ToScript([node], "t"), StringComparison.Ordinal);
        Assert.Equal(node, new XenstoreNode(string.Empty, string.Empty, string.Empty, false));
        _ = node.GetHashCode();
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(LibvirtXenChannelEmitter.MaxIndent + 1)]
    [InlineData(-1)]
    public void An_indent_out_of_range_is_refused_before_anything_is_allocated(int indent)
    {
        var analysis = XlLinter.Lint(new SourceText("vm.cfg", System.Text.Encoding.UTF8.GetBytes(Config))).Channels;
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<ArgumentOutOfRangeException>(() => LibvirtXenChannelEmitter.Format(analysis, indent));
        Assert.Throws<ArgumentOutOfRangeException>(() => LibvirtXenChannelEmitter.Format(analysis.Channels, indent));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelConfig.Emitters.Kvm.KvmLibvirtChannelEmitter.Format(analysis, indent));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
    }

    [Fact]
    public void The_largest_indent_is_allowed()
    {
        var channels = XlLinter.Lint(new SourceText("vm.cfg", System.Text.Encoding.UTF8.GetBytes(Config))).Channels.Channels;
        Assert.StartsWith(new string(' ', LibvirtXenChannelEmitter.MaxIndent) + "<channel", LibvirtXenChannelEmitter.Format(channels, LibvirtXenChannelEmitter.MaxIndent).Xml, StringComparison.Ordinal);
    }

    /// <summary>Public methods and constructors declared by the type (not those of object or records' generated members).</summary>
    private static IEnumerable<MethodBase> Callables(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        foreach (var constructor in type.GetConstructors())
        {
            yield return constructor;
        }

        foreach (var method in type.GetMethods(Flags))
        {
            if (!method.IsSpecialName && !method.IsGenericMethodDefinition && !method.Name.Contains('<', StringComparison.Ordinal)
                && method.Name is not ("Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers" or "CompareTo"))
            {
                yield return method;
            }
        }
    }

    private static Exception? Call(MethodBase method, object? target, object?[] args)
    {
        try
        {
            object? result = method is ConstructorInfo constructor ? constructor.Invoke(args) : method.Invoke(target, args);
            if (result is System.Collections.IEnumerable sequence and not string)
            {
                // A lazy sequence checks its arguments when asked for its first element at the latest.
                foreach (object? _ in sequence)
                {
                }
            }

            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static object? Sample(Dictionary<Type, object> samples, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (samples.TryGetValue(type, out var value))
        {
            return value;
        }

        if (parameter.HasDefaultValue)
        {
            return parameter.DefaultValue;
        }

        return type.IsValueType ? Activator.CreateInstance(type) : samples.Values.FirstOrDefault(type.IsInstanceOfType);
    }

    /// <summary>A value of each type the library's methods take or are called on, from one linted file with channels.</summary>
    private static Dictionary<Type, object> Samples()
    {
        var source = new SourceText("vm.cfg", System.Text.Encoding.UTF8.GetBytes(Config));
        var result = XlLinter.Lint(source);
        var analysis = result.Channels;
        var nodes = XenstoreEmitter.Nodes(analysis);
        List<TextEdit> edits = [new(new SourceSpan(new SourcePosition(0, 1, 1), new SourcePosition(1, 1, 2)), "b")];
        var diagnostic = new Diagnostic(DiagnosticCatalog.NestingTooDeep, default, "a message");
        Assert.Equal(ChannelConfig.Syntax.XlVerdict.Accepted, analysis.Verdict);
        var samples = new Dictionary<Type, object>();
        void Add<T>(T value)
            where T : notnull => samples[typeof(T)] = value;
        Add(source);
        Add(result);
        Add(result.Config);
        Add(result.Config.Lookups);
        Add(analysis);
        Add(analysis.Channels[0]);
        Add(analysis.Channels);
        Add<IEnumerable<DeviceChannel>>(analysis.Channels);
        Add(diagnostic);
        Add<IEnumerable<Diagnostic>>([diagnostic]);
        Add<IReadOnlyList<Diagnostic>>([diagnostic]);
        Add(result.Config.Settings[0]);
        Add(result.Config.Settings[0].Value);
        Add(ChannelOptions.Default);
        Add(DomainTable.Default);
        Add(XlReaderOptions.Default);
        Add(nodes);
        Add<IEnumerable<ChannelConfig.Emitters.XenstoreNode>>(nodes);
        Add<IReadOnlyList<TextEdit>>(edits);
        Add<IEnumerable<TextEdit>>(edits);
        Add(new TextEdit(default, "x"));
        Add("org.example.a.0");
        Add<IEnumerable<string>>(["qemu", "-chardev", "pty,id=a"]);
        Add<TextWriter>(new StringWriter());
        Add(new Utf8JsonWriter(new MemoryStream()));
        Add<Action<Diagnostic>>(_ => { });
        Add(new ReadOnlyMemory<byte>("a = 1\n"u8.ToArray()));
        Add("a = 1\n"u8.ToArray());
        Add(LintOptions.Default);
        Add(new ChannelChanges { Path = "/run/c.sock" });
        Add(DiagnosticCatalog.NestingTooDeep);
        Add((ChannelConfig.Syntax.XlList)XlLinter.LintText("a = [ \"b\" ]\n").Config.Settings[0].Value);
        Add(new ChannelConfig.Rules.RuleConfiguration());
        Add<IReadOnlyList<ChannelConfig.Reporting.LintedFile>>([new ChannelConfig.Reporting.LintedFile("vm.cfg", result)]);
        Add<IReadOnlyList<DeviceChannel>>(analysis.Channels);
        Add<Stream>(new MemoryStream());
        Add(new XlConfigEditor(source));
        Add(new ChannelSpec("org.example.c.0", ChannelConnection.Pty));
        Add(new XlConfigEditor(source).AddChannel(new ChannelSpec("org.example.c.0", ChannelConnection.Pty)));
        return samples;
    }
}
