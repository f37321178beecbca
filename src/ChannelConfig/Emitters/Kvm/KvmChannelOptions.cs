namespace ChannelConfig.Emitters.Kvm;

/// <summary>How to lay out the virtio-serial bus for a KVM guest's channels.</summary>
internal sealed record KvmChannelOptions
{
    /// <summary>The default options: <c>virtio-serial-pci</c> with id <c>virtio-serial0</c>.</summary>
    public static KvmChannelOptions Default { get; } = new();

    /// <summary>
    /// The QEMU device of the virtio-serial controller: <c>virtio-serial-pci</c> (x86 and Arm
    /// machines with PCI), <c>virtio-serial-ccw</c> (s390x) or <c>virtio-serial-device</c> (virtio-mmio).
    /// </summary>
    public string ControllerDevice { get; init; } = "virtio-serial-pci";

    /// <summary>The controller's QEMU id (libvirt's naming, <c>virtio-serial0</c>); its first bus is <c>ID.0</c>.</summary>
    public string ControllerId { get; init; } = "virtio-serial0";
}
