namespace ChannelConfig.Cli.Commands;

/// <summary>How <c>dump -f qemu</c> and <c>-f kvm</c> lay out QEMU's arguments.</summary>
internal enum QemuLayout
{
    /// <summary>One option and its value a line, the lines joined by <c> \</c> (<see cref="Emitters.Kvm.ShellCommandLine.WriteOptionLines"/>).</summary>
    Lines,

    /// <summary>All the arguments on one shell command line (<see cref="Emitters.Kvm.ShellCommandLine.Write"/>).</summary>
    Command,
}
