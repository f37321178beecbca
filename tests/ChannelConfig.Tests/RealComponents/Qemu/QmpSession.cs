using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelConfig.Tests.RealComponents.Qemu;

/// <summary>
/// QEMU's machine protocol over the standard input and output of a QEMU started with
/// <c>-qmp stdio</c>: one command at a time, each answer awaited with a deadline. Lines that
/// are not JSON (QEMU's "char device redirected to …" notes) are skipped.
/// </summary>
internal sealed class QmpSession
{
    private readonly RunningProgram _qemu;
    private int _answers;

    public QmpSession(RunningProgram qemu, TimeSpan timeout)
    {
        _qemu = qemu;
        Assert.True(Wait(0, timeout), $"QEMU sent no QMP greeting\n{qemu.Transcript}");
    }

    /// <summary>Sends <paramref name="command"/> and returns its <c>return</c> member.</summary>
    /// <exception cref="Xunit.Sdk.XunitException">QEMU answered with an error, or not in time.</exception>
    public JsonNode? Execute(string command, TimeSpan timeout)
    {
        _qemu.WriteLine(new JsonObject { ["execute"] = command }.ToJsonString());
        _answers++;
        Assert.True(Wait(_answers, timeout), $"QEMU did not answer {command}\n{_qemu.Transcript}");
        var answer = Messages(_qemu.Stdout).Where(m => m["event"] is null).ElementAt(_answers);
        Assert.True(answer["error"] is null, $"{command}: {answer.ToJsonString()}");
        return answer["return"];
    }

    private bool Wait(int answers, TimeSpan timeout) =>
        _qemu.WaitUntilAsync((stdout, _) => Messages(stdout).Count(m => m["event"] is null) > answers, timeout, CancellationToken.None).GetAwaiter().GetResult();

    private static IEnumerable<JsonNode> Messages(IEnumerable<string> lines)
    {
        foreach (string line in lines)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }

            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }

            if (node is not null)
            {
                yield return node;
            }
        }
    }
}
