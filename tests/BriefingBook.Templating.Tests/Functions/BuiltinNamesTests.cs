using BriefingBook.Templating.Functions;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class BuiltinNamesTests
{
    [Theory]
    [InlineData("array", "add add_range any compact concat contains cycle each filter first insert_at join last limit map offset remove_at reverse size sort uniq")]
    [InlineData("math", "abs ceil divided_by floor format is_number minus modulo plus random round times uuid")]
    [InlineData("string", "append base64_decode base64_encode capitalize capitalizewords contains downcase empty ends_with equals_ignore_case escape handleize hmac_sha1 hmac_sha256 hmac_sha512 index_of literal lstrip md5 pad_left pad_right pluralize prepend remove remove_first remove_last replace replace_first rstrip sha1 sha256 sha512 size slice slice1 split starts_with strip strip_newlines to_double to_float to_int to_long truncate truncatewords upcase whitespace")]
    [InlineData("date", "add_days add_hours add_milliseconds add_minutes add_months add_seconds add_years default_format format now parse parse_to_string to_string utc_now")]
    [InlineData("timespan", "from_days from_hours from_milliseconds from_minutes from_seconds parse zero")]
    [InlineData("object", "default eval eval_template format from_json has_key has_value keys kind size to_json typeof values")]
    [InlineData("regex", "escape match matches replace split unescape")]
    [InlineData("html", "escape newline_to_br strip url_encode url_escape")]
    public void Each_namespace_exposes_exactly_the_language_function_names(string name, string expected)
    {
        var functions = new BuiltinFunctions();
        var ns = Assert.IsAssignableFrom<ScriptObject>(functions[name]);

        Assert.Equal(expected.Split(' '), ns.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Namespaces_cannot_be_replaced_by_a_template()
    {
        var functions = new BuiltinFunctions();

        Assert.False(functions.CanWrite("string"));
    }
}
