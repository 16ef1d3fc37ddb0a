using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// The object type of templates: named members in insertion order, each of which can be made
/// read-only. Builtin namespaces (<c>string</c>, <c>array</c>...) are script objects too.
/// </summary>
public partial class ScriptObject : IDictionary<string, object?>
{
    private readonly OrderedDictionary<string, object?> _members = new(StringComparer.Ordinal);
    private HashSet<string>? _readOnlyMembers;

    /// <summary>When true, no member can be added, changed or removed.</summary>
    public bool IsReadOnly { get; set; }

    public int Count => _members.Count;

    public ICollection<string> Keys => _members.Keys;

    public ICollection<object?> Values => _members.Values;

    public object? this[string key]
    {
        get => _members.TryGetValue(key, out var value) ? value : null;
        set => SetValue(key, value, readOnly: false);
    }

    public bool ContainsKey(string key) => _members.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _members.TryGetValue(key, out value);

    /// <summary>Whether a template may assign <paramref name="member"/>.</summary>
    public bool CanWrite(string member) => !IsReadOnly && (_readOnlyMembers is null || !_readOnlyMembers.Contains(member));

    /// <summary>Sets a member, optionally marking it read-only. Ignores <see cref="CanWrite"/>: hosts use it to build models.</summary>
    public void SetValue(string member, object? value, bool readOnly)
    {
        _members[member] = value;
        SetReadOnly(member, readOnly);
    }

    public void SetReadOnly(string member, bool readOnly)
    {
        if (readOnly)
        {
            (_readOnlyMembers ??= new HashSet<string>(StringComparer.Ordinal)).Add(member);
        }
        else
        {
            _readOnlyMembers?.Remove(member);
        }
    }

    public void Add(string key, object? value) => _members.Add(key, value);

    public bool Remove(string key)
    {
        _readOnlyMembers?.Remove(key);
        return _members.Remove(key);
    }

    public void Clear()
    {
        _members.Clear();
        _readOnlyMembers?.Clear();
    }

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        _members.TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_members).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => Remove(item.Key);

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsReadOnly;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
