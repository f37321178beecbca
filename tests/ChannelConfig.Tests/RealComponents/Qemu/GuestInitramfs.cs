using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// The booted guest's initramfs: busybox (static) as every program, the virtio modules Debian's
/// cloud kernel does not build in, and an /init that lists the virtio-serial ports, exchanges
/// one line with the host over each, prints what it saw on the serial console and powers off.
/// </summary>
internal static class GuestInitramfs
{
    /// <summary>The modules the guest needs for its virtio-serial ports (their dependencies come along).</summary>
    public static readonly string[] Modules = ["virtio_pci", "virtio_console"];

    /// <summary>
    /// /init. It waits until the number of named ports given as <c>xlchan.ports=N</c> on the kernel
    /// command line are there, then prints <c>XLCHAN-PORT DEVICE HEX(NAME)</c> for each, and for
    /// each in turn prints <c>XLCHAN-OPEN DEVICE</c> (the host connects then), writes
    /// <c>guest-to-host DEVICE</c>, reads one line and prints <c>XLCHAN-READ DEVICE HEX(LINE)</c>
    /// (or <c>XLCHAN-ERROR</c> when none came within 20 s, and goes on with the next port);
    /// <c>XLCHAN-DONE</c> at the end. Names and lines are printed in hex so that no byte is lost
    /// on the serial console.
    /// The host connects to one port at a time because virtio-serial's control queue has 32
    /// buffers: QEMU drops the "host connected" messages of ports whose host end opens while the
    /// guest is still busy with the other ports' messages, and the guest's write then waits forever.
    /// </summary>
    public const string Init = """
        #!/bin/busybox sh
        /bin/busybox --install -s /bin
        export PATH=/bin
        mount -t proc proc /proc
        mount -t sysfs sysfs /sys
        mount -t devtmpfs devtmpfs /dev
        for m in $(cat /modules/order); do insmod "/modules/$m" || echo "XLCHAN-ERROR insmod $m"; done
        want=$(sed -n 's/.*xlchan\.ports=\([0-9]*\).*/\1/p' /proc/cmdline)
        named() {
          n=0
          for p in /sys/class/virtio-ports/*; do
            [ -s "$p/name" ] && [ -c "/dev/${p##*/}" ] && n=$((n + 1))
          done
          echo $n
        }
        tries=0
        while [ "$(named)" -lt "$want" ] && [ $tries -lt 200 ]; do usleep 50000; tries=$((tries + 1)); done
        hex() { hexdump -v -e '/1 "%02x"'; }
        echo "XLCHAN-COUNT $(ls /sys/class/virtio-ports | wc -l)"
        for p in /sys/class/virtio-ports/*; do
          echo "XLCHAN-PORT ${p##*/} $(hex < "$p/name")"
        done
        for p in /sys/class/virtio-ports/*; do
          d=${p##*/}
          echo "XLCHAN-OPEN $d"
          if got=$(timeout 20 sh -c 'exec 3<>"/dev/$1" && echo "guest-to-host $1" >&3 && IFS= read -r line <&3 && printf %s "$line"' exchange "$d"); then
            echo "XLCHAN-READ $d $(printf %s "$got" | hex)"
          else
            echo "XLCHAN-ERROR no line came on $d within 20 s"
          fi
        done
        echo XLCHAN-DONE
        poweroff -f

        """;

    /// <summary>Writes the gzip'd cpio archive to <paramref name="file"/>.</summary>
    public static void Write(string file, DebianKernel kernel)
    {
        string busybox = RealComponent.Require("busybox", "busybox-static");
        byte[] busyboxBytes = File.ReadAllBytes(busybox);
        RealComponent.RequireThat(
            !HasInterpreter(busyboxBytes),
            $"{busybox} is linked dynamically and cannot run in the guest's initramfs: install busybox-static ('sudo apt-get install busybox-static')");

        var archive = new CpioArchive()
            .Directory("bin").Directory("dev").Directory("proc").Directory("sys").Directory("modules")
            .File("bin/busybox", busyboxBytes, 0x1ED)
            .File("init", Encoding.UTF8.GetBytes(Init.Replace("\r\n", "\n", StringComparison.Ordinal)), 0x1ED);
        var order = new StringBuilder();
        foreach (string module in kernel.ModulesInLoadOrder(Modules))
        {
            string name = DebianKernel.ModuleName(module) + ".ko";
            archive.File("modules/" + name, DebianKernel.ModuleBytes(module));
            order.Append(CultureInfo.InvariantCulture, $"{name}\n");
        }

        archive.File("modules/order", Encoding.UTF8.GetBytes(order.ToString()));
        archive.WriteGzip(file);
    }

    /// <summary>Whether an ELF64 executable names a program interpreter (is linked dynamically).</summary>
    private static bool HasInterpreter(byte[] elf)
    {
        if (elf.Length < 64 || !elf.AsSpan(0, 4).SequenceEqual("\u007fELF"u8) || elf[4] != 2)
        {
            return true;
        }

        long programHeaders = BinaryPrimitives.ReadInt64LittleEndian(elf.AsSpan(0x20));
        int size = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x36));
        int count = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x38));
        for (int i = 0; i < count; i++)
        {
            const uint Interpreter = 3;
            if (BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan((int)programHeaders + (i * size))) == Interpreter)
            {
                return true;
            }
        }

        return false;
    }
}
