using System.Collections;

namespace BriefingBook.Templating.Runtime;

/// <summary>The value of <c>a..b</c> and <c>a..&lt;b</c>: the integers between two bounds, counting up or down, produced lazily.</summary>
public sealed class ScriptRange : IReadOnlyList<object?>, ICollection
{
    private readonly long _from;
    private readonly long _to;
    private readonly bool _isEmpty;

    public ScriptRange(long from, long to, bool isEmpty = false)
    {
        _from = from;
        _to = to;
        _isEmpty = isEmpty;
    }

    /// <summary>The first value.</summary>
    public long From => _from;

    /// <summary>The last value (inclusive).</summary>
    public long To => _to;

    /// <summary>How many values the range holds, which may exceed what a loop may run.</summary>
    public long LongCount => _isEmpty ? 0 : Math.Abs(_to - _from) + 1;

    public int Count => (int)Math.Min(LongCount, int.MaxValue);

    public object? this[int index]
    {
        get
        {
            if (index < 0 || index >= LongCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }
            return Box(_to >= _from ? _from + index : _from - index);
        }
    }

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    void ICollection.CopyTo(Array array, int index)
    {
        foreach (var item in this)
        {
            array.SetValue(item, index++);
        }
    }

    public IEnumerator<object?> GetEnumerator()
    {
        if (_isEmpty)
        {
            yield break;
        }
        var step = _to >= _from ? 1 : -1;
        for (var value = _from; ; value += step)
        {
            yield return Box(value);
            if (value == _to)
            {
                yield break;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object Box(long value) => value is >= int.MinValue and <= int.MaxValue ? (object)(int)value : value;
}
