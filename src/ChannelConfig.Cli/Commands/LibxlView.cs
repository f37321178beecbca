namespace ChannelConfig.Cli.Commands;

/// <summary>Which moment of a domain's life <c>libxl-json</c> shows, named by the xl command that prints it.</summary>
internal enum LibxlView
{
    /// <summary><c>xl create -n</c> (<c>xl -N create</c>): the configuration as xl parsed it, before libxl (no devid on Xen with the fix, <c>backend_domid</c> not resolved).</summary>
    CreateN,

    /// <summary><c>xl list -l</c>: the configuration libxl keeps once the domain is created (devids assigned, <c>backend_domid</c> resolved from <c>backend=</c>).</summary>
    ListL,
}
