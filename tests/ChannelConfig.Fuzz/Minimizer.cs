namespace ChannelConfig.Fuzz;

/// <summary>
/// Shrinks a failing input (delta debugging): removes ever smaller chunks while the input still
/// fails with the same signature, then tries replacing each byte by a space.
/// </summary>
internal static class Minimizer
{
    /// <summary>The signature of the failure of <paramref name="input"/>, or null when it passes.</summary>
    public static string? Failure(byte[] input)
    {
        try
        {
            FuzzTarget.Run(input);
            return null;
        }
        catch (Exception e)
        {
            return CrashStore.Signature(e);
        }
    }

    public static byte[] Minimize(byte[] input, string signature)
    {
        var current = input;
        for (int chunk = Math.Max(1, current.Length / 2); chunk >= 1; chunk = chunk == 1 ? 0 : Math.Max(1, chunk / 2))
        {
            bool removed;
            do
            {
                removed = false;
                for (int start = 0; start < current.Length; start += chunk)
                {
                    int length = Math.Min(chunk, current.Length - start);
                    byte[] candidate = [.. current.AsSpan(0, start), .. current.AsSpan(start + length)];
                    if (Failure(candidate) == signature)
                    {
                        current = candidate;
                        removed = true;
                        start -= chunk;
                    }
                }
            }
            while (removed);
        }

        return Simplify(current, signature);
    }

    /// <summary>Replaces bytes by spaces where that keeps the failure (so the rest stands out).</summary>
    private static byte[] Simplify(byte[] input, string signature)
    {
        var current = (byte[])input.Clone();
        for (int i = 0; i < current.Length; i++)
        {
            byte original = current[i];
            if (original is (byte)' ' or (byte)'\n')
            {
                continue;
            }

            current[i] = (byte)' ';
            if (Failure(current) != signature)
            {
                current[i] = original;
            }
        }

        return current;
    }
}
