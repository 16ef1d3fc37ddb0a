namespace BriefingBook.Templating.Runtime;

/// <summary>
/// Objects laid over shared ones, so that many renders can share builtins that templates may write to:
/// each render reads the shared members and keeps its own writes to itself.
/// </summary>
public partial class ScriptObject
{
    /// <summary>The object this one lies over, or null.</summary>
    private ScriptObject? _shared;

    /// <summary>The overlays of one render, by the object they lie over: one per shared object, however it is reached.</summary>
    private Dictionary<ScriptObject, ScriptObject>? _overlays;

    /// <summary>
    /// An empty object of the same kind over this one, for one render: it reads this object's members until it
    /// sets its own, and objects read through it are overlaid in turn. Costs one object, whatever this one holds.
    /// </summary>
    public ScriptObject OverlayForRender() => OverlayIn(new Dictionary<ScriptObject, ScriptObject>(ReferenceEqualityComparer.Instance));

    /// <summary>An empty object to lie over this one; a kind of object with behaviour of its own returns one of its kind.</summary>
    protected virtual ScriptObject CreateOverlay() => new();

    private ScriptObject OverlayIn(Dictionary<ScriptObject, ScriptObject> overlays)
    {
        if (!overlays.TryGetValue(this, out var overlay))
        {
            overlay = CreateOverlay();
            overlay._shared = this;
            overlay._overlays = overlays;
            overlay.IsReadOnly = IsReadOnly;
            overlays.Add(this, overlay);
        }
        return overlay;
    }

    private bool TryGetShared(string key, out object? value)
    {
        if (_shared is null || !_shared.TryGetValue(key, out value))
        {
            value = null;
            return false;
        }
        if (value is ScriptObject nested)
        {
            value = nested.OverlayIn(_overlays!);
        }
        return true;
    }

    /// <summary>The shared members in their order, each replaced by this object's own value if set, then this object's own new members.</summary>
    private IEnumerable<KeyValuePair<string, object?>> AllMembers()
    {
        foreach (var (key, _) in _shared!)
        {
            yield return new(key, this[key]);
        }
        foreach (var member in _members)
        {
            if (!_shared.ContainsKey(member.Key))
            {
                yield return member;
            }
        }
    }
}
