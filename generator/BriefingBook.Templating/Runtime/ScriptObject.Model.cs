using System.Collections;

namespace BriefingBook.Templating.Runtime;

/// <summary>Builds a script object from a host model: a dictionary's entries or a .NET object's public members.</summary>
public partial class ScriptObject
{
    /// <summary>A script object holding the entries of <paramref name="model"/> (a dictionary) or its public properties and fields, renamed.</summary>
    public static ScriptObject FromModel(object model, Func<string, string>? renamer = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new ScriptObject();
        switch (model)
        {
            case IDictionary<string, object?> dictionary:
                foreach (var entry in dictionary)
                {
                    result.SetValue(entry.Key, entry.Value, readOnly: false);
                }
                break;
            case IDictionary legacy:
                foreach (DictionaryEntry entry in legacy)
                {
                    result.SetValue(entry.Key.ToString() ?? string.Empty, entry.Value, readOnly: false);
                }
                break;
            default:
                foreach (var member in TypeMemberCache.GetMembers(model.GetType(), renamer ?? StandardMemberRenamer.Rename))
                {
                    result.SetValue(member.Key, TypeMemberCache.GetValue(member.Value, model), readOnly: false);
                }
                break;
        }
        return result;
    }
}
