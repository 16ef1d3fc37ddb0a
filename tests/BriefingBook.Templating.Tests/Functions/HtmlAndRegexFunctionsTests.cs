using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

public sealed class HtmlAndRegexFunctionsTests
{
    private readonly Builtins _builtins = new();

    [Theory]
    [InlineData("html.escape", "<p>Tom & \"Jerry\"</p>", "&lt;p&gt;Tom &amp; &quot;Jerry&quot;&lt;/p&gt;")]
    [InlineData("html.url_encode", "a b&c=d/e@f", "a%20b%26c%3Dd%2Fe%40f")]
    [InlineData("html.url_escape", "<hello> & <scriban>", "%3Chello%3E%20&%20%3Cscriban%3E")]
    [InlineData("html.url_escape", "https://example.com/a path/?q=é#top", "https://example.com/a%20path/?q=%C3%A9#top")]
    [InlineData("html.strip", "<p class='x>y'>Text</p><!-- note --> and <b>more</b>", "Text and more")]
    [InlineData("html.strip", "<script>var a = '<b>';</script>kept", "kept")]
    [InlineData("html.newline_to_br", "one\ntwo\r\nthree", "one<br />\ntwo<br />\r\nthree")]
    public void Html_functions(string function, string input, string expected)
    {
        Assert.Equal(expected, _builtins.Call(function, input));
    }

    [Fact]
    public void Regex_match_returns_the_match_then_its_groups()
    {
        var match = _builtins.Call("regex.match", "this is a text123", @"(\w+) a ([a-z]+\d+)");

        Assert.Equal("[\"is a text123\", \"is\", \"text123\"]", _builtins.Text(match));
        Assert.Equal("[]", _builtins.Text(_builtins.Call("regex.match", "abc", @"\d")));
    }

    [Fact]
    public void Regex_matches_split_and_replace()
    {
        Assert.Equal("[[\"this\", \"this\"], [\"is\", \"is\"]]", _builtins.Text(_builtins.Call("regex.matches", "this is", @"(\w+)")));
        Assert.Equal("[\"a\", \"b\", \"c\"]", _builtins.Text(_builtins.Call("regex.split", "a, b   , c", @"\s*,\s*")));
        Assert.Equal("b-b", _builtins.Call("regex.replace", "a-A", "a", "b", "i"));
        Assert.Equal(@"a\.b", _builtins.Call("regex.escape", "a.b"));
        Assert.Equal("a.b", _builtins.Call("regex.unescape", @"a\.b"));
    }

    [Fact]
    public void Unknown_option_letters_are_ignored()
    {
        Assert.Equal("[\"A\"]", _builtins.Text(_builtins.Call("regex.match", "A", "a", "qi")));
    }

    [Fact]
    public void An_invalid_pattern_is_reported_at_the_call()
    {
        var badPattern = Assert.Throws<ScriptRuntimeException>(() => _builtins.Call("regex.match", "a", "("));

        Assert.Equal(Builtins.Span, badPattern.Span);
        Assert.StartsWith("Invalid pattern '('", badPattern.OriginalMessage);
    }
}
