using System.Runtime.CompilerServices;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>
/// Tells whether the current thread has room for more nested calls. Throwing the error itself needs
/// stack, more than <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/> keeps in reserve on
/// some platforms, so deep calls probe for a wider margin by borrowing stack before asking.
/// </summary>
internal static class StackGuard
{
    private const int ShallowDepth = 32;
    private const int ProbeEvery = 8;
    private const int ProbeSize = 48 * 1024;
    private const int ProbeCount = 4;

    public static bool HasRoom(int depth)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }
        return depth < ShallowDepth || depth % ProbeEvery != 0 || Probe(ProbeCount);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Probe(int remaining)
    {
        Span<byte> borrowed = stackalloc byte[ProbeSize];
        borrowed[^1] = 1;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return false;
        }
        return remaining <= 1 || Probe(remaining - 1) && borrowed[^1] == 1;
    }
}
