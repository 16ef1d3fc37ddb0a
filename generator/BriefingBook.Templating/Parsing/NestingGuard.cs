using System.Runtime.CompilerServices;

namespace BriefingBook.Templating.Parsing;

/// <summary>
/// Measures how deeply the parser is nested (blocks, expressions, chained operators) and trips once when a
/// template goes beyond the limit or the stack runs short, so that parsing stops instead of overflowing.
/// </summary>
internal sealed class NestingGuard(int limit)
{
    public int Limit { get; } = limit;

    public int Depth { get; private set; }

    /// <summary>Set for good once the limit is passed: the rest of the parse unwinds without more work.</summary>
    public bool Tripped { get; private set; }

    /// <summary>Goes one level deeper; true only at the moment the guard trips.</summary>
    public bool Deepen()
    {
        Depth++;
        if (Tripped || (Depth <= Limit && RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            return false;
        }
        Tripped = true;
        return true;
    }

    /// <summary>Remembers the current depth; disposing the scope comes back to it whatever was deepened meanwhile.</summary>
    public Scope Open() => new(this, Depth);

    /// <summary>A nesting level that ends when disposed.</summary>
    public readonly struct Scope(NestingGuard guard, int depth) : IDisposable
    {
        public void Dispose() => guard.Depth = depth;
    }
}
