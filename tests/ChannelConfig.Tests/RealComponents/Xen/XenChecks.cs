namespace ChannelConfig.Tests.RealComponents.Xen;

/// <summary>The Xen checks share one shimmed xenstored and run one at a time against it.</summary>
[CollectionDefinition(Name)]
public sealed class XenChecks : ICollectionFixture<ShimmedXenstore>
{
    public const string Name = "Real Xen 4.17 programs";
}
