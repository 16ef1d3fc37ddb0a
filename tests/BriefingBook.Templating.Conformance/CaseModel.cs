using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Conformance;

/// <summary>The globals every suite case sees: a page, a user, products, and three functions that test argument binding.</summary>
public static class CaseModel
{
    public static ScriptObject Create()
    {
        var model = new ScriptObject();
        model.Import(typeof(SpecialFunctions));
        model.SetValue("page", Item(("title", "This is a title")), readOnly: false);
        model.SetValue("user", Item(("name", "John")), readOnly: false);
        model.SetValue("product", Product("Orange", "fruit"), readOnly: false);
        model.SetValue("products", new ScriptArray
        {
            Product("Orange", "fruit"),
            Product("Banana", "fruit"),
            Product("Apple", "fruit"),
            Product("Computer", "electronics"),
            Product("Mobile Phone", "electronics"),
            Product("Table", "furniture"),
            Product("Sofa", "furniture"),
        }, readOnly: false);
        return model;
    }

    private static ScriptObject Product(string title, string type) => Item(("title", title), ("type", type));

    private static ScriptObject Item(params (string Name, object? Value)[] members)
    {
        var item = new ScriptObject();
        foreach (var (name, value) in members)
        {
            item.SetValue(name, value, readOnly: false);
        }
        return item;
    }
}
