using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime;

/// <summary>
/// Where variables live: a stack of global scopes (the model, then one per <c>with</c>), a frame of
/// <c>$</c> locals per function call, and a frame per running loop for loop variables.
/// </summary>
public partial class TemplateContext
{
    private readonly List<ScriptObject> _globals = new();
    private readonly List<ScriptObject> _locals = new();
    private readonly List<ScriptObject> _loops = new();
    private readonly List<FunctionScope> _functions = new();

    /// <summary>The innermost global scope: where assignments to globals go.</summary>
    public ScriptObject CurrentGlobal
    {
        get
        {
            if (_globals.Count == 0)
            {
                _globals.Add(new ScriptObject());
            }
            return _globals[^1];
        }
    }

    /// <summary>Makes <paramref name="scope"/> the innermost global scope: its members become variables.</summary>
    public void PushGlobal(ScriptObject scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        _globals.Add(scope);
    }

    /// <summary>Removes and returns the innermost global scope.</summary>
    public ScriptObject PopGlobal()
    {
        if (_globals.Count == 0)
        {
            throw new InvalidOperationException("There is no global scope to pop.");
        }
        var scope = _globals[^1];
        _globals.RemoveAt(_globals.Count - 1);
        return scope;
    }

    internal ScriptObject CurrentLocal => _locals[^1];

    internal int LoopFrameCount => _loops.Count;

    internal void PushLocal(ScriptObject frame) => _locals.Add(frame);

    internal void PopLocal() => _locals.RemoveAt(_locals.Count - 1);

    internal void PushLoop(ScriptObject frame) => _loops.Add(frame);

    internal void PopLoop() => _loops.RemoveAt(_loops.Count - 1);

    /// <summary>Enters a function: <paramref name="store"/> holds its parameters (null without declared parameters).</summary>
    internal void PushFunctionScope(ScriptObject? store, bool hidesParents) => _functions.Add(new FunctionScope(store, hidesParents));

    internal void PopFunctionScope() => _functions.RemoveAt(_functions.Count - 1);

    /// <summary>The parameter scopes visible from the running function, outermost first; null outside functions.</summary>
    internal IReadOnlyList<ScriptObject>? CaptureFunctionScopes()
    {
        List<ScriptObject>? captured = null;
        for (var i = _functions.Count - 1; i >= 0; i--)
        {
            var function = _functions[i];
            if (function.Store is not null)
            {
                (captured ??= new List<ScriptObject>()).Insert(0, function.Store);
            }
            if (function.HidesParents)
            {
                break;
            }
        }
        return captured;
    }

    /// <summary>Reads a variable; false when it is defined nowhere.</summary>
    internal bool TryGetVariable(ScriptVariable variable, out object? value)
    {
        var name = variable.Name;
        if (variable.Scope == ScriptVariableScope.Local)
        {
            return CurrentLocal.TryGetValue(name, out value);
        }
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].TryGetValue(name, out value))
            {
                return true;
            }
        }
        if (variable.Scope == ScriptVariableScope.Global)
        {
            for (var i = _functions.Count - 1; i >= 0; i--)
            {
                var function = _functions[i];
                if (function.Store is not null && function.Store.TryGetValue(name, out value))
                {
                    return true;
                }
                if (function.HidesParents)
                {
                    break;
                }
            }
            for (var i = _globals.Count - 1; i >= 0; i--)
            {
                if (_globals[i].TryGetValue(name, out value))
                {
                    return true;
                }
            }
            return BuiltinObject.TryGetValue(name, out value);
        }
        value = null;
        return false;
    }

    /// <summary>Assigns a variable in the store it belongs to, refusing read-only members.</summary>
    internal void SetVariable(SourceSpan span, ScriptVariable variable, object? value)
    {
        var store = GetStoreForWrite(variable);
        if (!store.CanWrite(variable.Name))
        {
            throw new ScriptRuntimeException(span, $"Cannot set the readonly variable `{variable.DisplayName}`");
        }
        store.SetValue(variable.Name, value, readOnly: false);
    }

    /// <summary>Marks a variable read-only in its store.</summary>
    internal void SetReadOnly(ScriptVariable variable) => GetStoreForWrite(variable).SetReadOnly(variable.Name, true);

    /// <summary>
    /// Where an assignment goes: a local to the current call frame; a global to the innermost function
    /// scope that has it, else to the innermost global scope when it exists globally or no function is
    /// running, else to the running function's own scope.
    /// </summary>
    private ScriptObject GetStoreForWrite(ScriptVariable variable)
    {
        var name = variable.Name;
        if (variable.Scope == ScriptVariableScope.Local)
        {
            return CurrentLocal;
        }
        if (variable.Scope == ScriptVariableScope.Loop && _loops.Count > 0)
        {
            return _loops[^1];
        }
        ScriptObject? functionStore = null;
        for (var i = _functions.Count - 1; i >= 0; i--)
        {
            var function = _functions[i];
            if (function.Store is not null)
            {
                functionStore ??= function.Store;
                if (function.Store.ContainsKey(name))
                {
                    return function.Store;
                }
            }
            if (function.HidesParents)
            {
                break;
            }
        }
        if (functionStore is null || _globals.Any(scope => scope.ContainsKey(name)))
        {
            return CurrentGlobal;
        }
        return functionStore;
    }

    private readonly record struct FunctionScope(ScriptObject? Store, bool HidesParents);
}
