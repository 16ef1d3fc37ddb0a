namespace BriefingBook.Templating.Conformance;

/// <summary>Functions whose results show how named, default and <c>params</c> arguments were bound.</summary>
public static class SpecialFunctions
{
    public static string SpecialConcatStrings(string a = "default_a", string b = "default_b", string c = "default_c") =>
        "a: " + a + ", b: " + b + ", c: " + c;

    public static string SpecialConcatStringAndParams(string a, params object?[] args) =>
        "a: " + a + string.Concat(args.Select((value, index) => $", v{index}: {value}"));

    public static string SpecialConcatParams(params object?[] args) =>
        string.Join(", ", args.Select((value, index) => $"v{index}: {value}"));
}
