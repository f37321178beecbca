using System.Text;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// Debian's cloud kernel (the package <c>linux-image-cloud-amd64</c> depends on), unpacked by
/// <c>.ci/install-components</c> into <see cref="CacheDirectory"/> with <c>dpkg -x</c>: the
/// booted guest's kernel and the modules its initramfs loads.
/// </summary>
internal sealed class DebianKernel
{
    /// <summary>Where .ci/install-components unpacks the package (XLCHAN_KERNEL_DIR overrides it).</summary>
    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("XLCHAN_KERNEL_DIR") is { Length: > 0 } directory ? directory : "/var/cache/xlchan-components/kernel";

    private DebianKernel(string image, string modules)
    {
        Image = image;
        ModulesDirectory = modules;
    }

    /// <summary>The kernel image (boot/vmlinuz-VERSION).</summary>
    public string Image { get; }

    /// <summary>lib/modules/VERSION.</summary>
    public string ModulesDirectory { get; }

    /// <summary>The kernel's release, as <c>uname -r</c> says it.</summary>
    public string Release => Path.GetFileName(ModulesDirectory);

    /// <summary>The unpacked kernel; fails (CI) or skips (elsewhere) with the command that installs it when it is missing.</summary>
    public static DebianKernel Require()
    {
        string boot = Path.Combine(CacheDirectory, "boot");
        string? image = Directory.Exists(boot) ? Directory.EnumerateFiles(boot, "vmlinuz-*").Order(StringComparer.Ordinal).LastOrDefault() : null;
        RealComponent.RequireThat(
            image is not null,
            $"Debian's cloud kernel is not unpacked in {CacheDirectory} (package linux-image-cloud-amd64's linux-image-*-cloud-amd64): run 'sudo bash .ci/install-components'");
        string release = Path.GetFileName(image!)["vmlinuz-".Length..];
        string modules = Path.Combine(CacheDirectory, "lib", "modules", release);
        RealComponent.RequireThat(Directory.Exists(modules), $"{modules} is missing: run 'sudo bash .ci/install-components'");
        return new DebianKernel(image!, modules);
    }

    /// <summary>Whether <paramref name="module"/> is built into the kernel (modules.builtin).</summary>
    public bool IsBuiltIn(string module)
    {
        string wanted = Canonical(module) + ".ko";
        return File.ReadLines(Path.Combine(ModulesDirectory, "modules.builtin"))
            .Any(line => Canonical(Path.GetFileName(line)) == Canonical(wanted));
    }

    /// <summary>
    /// The loadable modules <paramref name="modules"/> need, each after the modules it depends on
    /// (its <c>depends=</c> in the .modinfo section, as modinfo reads it); built-in ones are left out.
    /// </summary>
    /// <returns>The module files, in load order.</returns>
    public IReadOnlyList<string> ModulesInLoadOrder(params string[] modules)
    {
        var files = Directory.EnumerateFiles(Path.Combine(ModulesDirectory, "kernel"), "*.ko*", SearchOption.AllDirectories)
            .GroupBy(f => Canonical(ModuleName(f)))
            .ToDictionary(g => g.Key, g => g.First());
        var order = new List<string>();
        var seen = new HashSet<string>();
        void Visit(string module)
        {
            string name = Canonical(module);
            if (!seen.Add(name) || IsBuiltIn(name))
            {
                return;
            }

            Assert.True(files.TryGetValue(name, out string? file), $"module {name} is neither built in nor in {ModulesDirectory}");
            foreach (string dependency in Depends(ModuleBytes(file!)))
            {
                Visit(dependency);
            }

            order.Add(file!);
        }

        foreach (string module in modules)
        {
            Visit(module);
        }

        return order;
    }

    /// <summary>A module file's contents, uncompressed (busybox insmod reads plain .ko files only).</summary>
    public static byte[] ModuleBytes(string file)
    {
        string? decompressor = Path.GetExtension(file) switch
        {
            ".ko" => null,
            ".xz" => "xz",
            ".zst" => "zstd",
            ".gz" => "gzip",
            _ => throw new InvalidOperationException($"unknown module compression: {file}"),
        };
        if (decompressor is null)
        {
            return File.ReadAllBytes(file);
        }

        string tool = RealComponent.Require(decompressor, decompressor == "xz" ? "xz-utils" : decompressor);
        string output = Path.GetTempFileName();
        try
        {
            var (exit, _, stderr) = RunningProgram.Run("/bin/sh", ["-c", "\"$0\" -dc -- \"$1\" > \"$2\"", tool, file, output], TimeSpan.FromSeconds(60));
            Assert.True(exit == 0, $"{decompressor} -dc {file}: {stderr}");
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The module's name from its file name (virtio_pci.ko.xz: virtio_pci).</summary>
    public static string ModuleName(string file)
    {
        string name = Path.GetFileName(file);
        return name[..name.IndexOf(".ko", StringComparison.Ordinal)];
    }

    /// <summary>The <c>depends=</c> list of a module's .modinfo section.</summary>
    public static IReadOnlyList<string> Depends(byte[] module)
    {
        ReadOnlySpan<byte> key = "\0depends="u8;
        int at = module.AsSpan().IndexOf(key);
        if (at < 0)
        {
            return [];
        }

        var value = module.AsSpan(at + key.Length);
        string list = Encoding.ASCII.GetString(value[..value.IndexOf((byte)0)]);
        return list.Split(',', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Canonical(string module) => module.Replace('-', '_');
}
