namespace BriefingBook.Templating.Runtime;

/// <summary>The Liquid filters and the builtin function each one stands for (<c>upcase</c> is <c>string.upcase</c>).</summary>
public static class LiquidFilterNames
{
    private static readonly Dictionary<string, (string Namespace, string Member)> Map = new(StringComparer.Ordinal)
    {
        ["abs"] = ("math", "abs"),
        ["append"] = ("string", "append"),
        ["capitalize"] = ("string", "capitalize"),
        ["ceil"] = ("math", "ceil"),
        ["compact"] = ("array", "compact"),
        ["concat"] = ("array", "concat"),
        ["cycle"] = ("array", "cycle"),
        ["date"] = ("date", "parse"),
        ["default"] = ("object", "default"),
        ["divided_by"] = ("math", "divided_by"),
        ["downcase"] = ("string", "downcase"),
        ["escape"] = ("html", "escape"),
        ["escape_once"] = ("html", "escape_once"),
        ["first"] = ("array", "first"),
        ["floor"] = ("math", "floor"),
        ["join"] = ("array", "join"),
        ["last"] = ("array", "last"),
        ["lstrip"] = ("string", "lstrip"),
        ["map"] = ("array", "map"),
        ["minus"] = ("math", "minus"),
        ["modulo"] = ("math", "modulo"),
        ["newline_to_br"] = ("html", "newline_to_br"),
        ["plus"] = ("math", "plus"),
        ["prepend"] = ("string", "prepend"),
        ["remove"] = ("string", "remove"),
        ["remove_first"] = ("string", "remove_first"),
        ["replace"] = ("string", "replace"),
        ["replace_first"] = ("string", "replace_first"),
        ["reverse"] = ("array", "reverse"),
        ["round"] = ("math", "round"),
        ["rstrip"] = ("string", "rstrip"),
        ["size"] = ("object", "size"),
        ["slice"] = ("string", "slice1"),
        ["sort"] = ("array", "sort"),
        ["split"] = ("string", "split"),
        ["strip"] = ("string", "strip"),
        ["strip_html"] = ("html", "strip"),
        ["strip_newlines"] = ("string", "strip_newlines"),
        ["times"] = ("math", "times"),
        ["truncate"] = ("string", "truncate"),
        ["truncatewords"] = ("string", "truncatewords"),
        ["uniq"] = ("array", "uniq"),
        ["upcase"] = ("string", "upcase"),
        ["contains"] = ("array", "contains"),
    };

    /// <summary>The namespace and member of the builtin a Liquid filter stands for.</summary>
    public static bool TryGetBuiltin(string filter, out string ns, out string member)
    {
        if (Map.TryGetValue(filter, out var target))
        {
            (ns, member) = target;
            return true;
        }
        ns = member = string.Empty;
        return false;
    }

    /// <summary>Builtins for Liquid templates: the usual namespaces plus each filter under its Liquid name.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.CreateBuiltins();
        foreach (var (filter, (ns, member)) in Map)
        {
            if (builtins[ns] is ScriptObject namespaceObject && namespaceObject.TryGetValue(member, out var function) && function is not null)
            {
                builtins.SetValue(filter, ns == "date" ? namespaceObject : function, readOnly: true);
            }
        }
        return builtins;
    }
}
