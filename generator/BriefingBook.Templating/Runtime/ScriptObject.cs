using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// The object type of templates: named members in insertion order, each of which can be made
/// read-only. Builtin namespaces (<c>string</c>, <c>array</c>...) are script objects too. An object
/// may lie over a shared one (see <see cref="OverlayForRender()"/>): it reads the shared members it has
/// not set itself.
/// </summary>
public partial class ScriptObject : IDictionary<string, object?>
{
    private readonly OrderedDictionary<string, object?> _members = new(StringComparer.Ordinal);
    private HashSet<string>? _readOnlyMembers;

    /// <summary>When true, no member can be added, changed or removed.</summary>
    public bool IsReadOnly { get; set; }

    public int Count => _shared is null ? _members.Count : AllMembers().Count();

    public ICollection<string> Keys => _shared is null ? _members.Keys : AllMembers().Select(member => member.Key).ToList();

    public ICollection<object?> Values => _shared is null ? _members.Values : AllMembers().Select(member => member.Value).ToList();

    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : null;
        set => SetValue(key, value, readOnly: false);
    }

    public bool ContainsKey(string key) => _members.ContainsKey(key) || _shared?.ContainsKey(key) == true;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) =>
        _members.TryGetValue(key, out value) || TryGetShared(key, out value);

    /// <summary>Whether a template may assign <paramref name="member"/>.</summary>
    public bool CanWrite(string member) => !IsReadOnly && !IsMarkedReadOnly(member);

    private bool IsMarkedReadOnly(string member) =>
        _readOnlyMembers?.Contains(member) == true || (_shared is not null && !_members.ContainsKey(member) && _shared.IsMarkedReadOnly(member));

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

    /// <summary>Removes a member this object set; a member read from the shared object it lies over stays.</summary>
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
        TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var member in this)
        {
            array[arrayIndex++] = member;
        }
    }

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => Remove(item.Key);

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => IsReadOnly;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _shared is null ? _members.GetEnumerator() : AllMembers().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
