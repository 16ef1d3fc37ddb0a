using BriefingBook.Generator.Yaml;

namespace BriefingBook.Generator.Tests.Yaml;

public sealed class YamlTreeReaderTests
{
    [Theory]
    [InlineData(200_000, "[")]
    [InlineData(100_000, "{a: ")]
    [InlineData(50_000, "- ")]
    public void Deep_nesting_is_refused_before_it_can_exhaust_the_stack(int depth, string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, depth)) + "x";
        var (root, problem) = YamlTreeReader.Read(text);
        Assert.Null(root);
        Assert.NotNull(problem);
        Assert.Equal(YamlProblemKind.TooDeep, problem!.Kind);
    }

    [Fact]
    public void Block_indentation_deeper_than_the_limit_is_refused()
    {
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k:\n"));
        var (_, problem) = YamlTreeReader.Read(text);
        Assert.Equal(YamlProblemKind.TooDeep, problem!.Kind);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var text = new string('[', YamlTreeReader.MaxDepth) + "x" + new string(']', YamlTreeReader.MaxDepth);
        var (root, problem) = YamlTreeReader.Read(text);
        Assert.Null(problem);
        Assert.IsType<YamlSequence>(root);
    }

    [Fact]
    public void An_alias_bomb_is_refused_by_its_expanded_size()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 12; i++)
        {
            var previous = (char)('a' + i - 1);
            lines.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]");
        }
        var (root, problem) = YamlTreeReader.Read(string.Join('\n', lines));
        Assert.Null(root);
        Assert.Equal(YamlProblemKind.TooLarge, problem!.Kind);
    }

    [Fact]
    public void A_few_aliases_are_fine()
    {
        var (root, problem) = YamlTreeReader.Read("a: &x [1, 2]\nb: *x\n");
        Assert.Null(problem);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Same(mapping["a"], mapping["b"]);
    }

    [Fact]
    public void Duplicate_keys_are_refused_at_the_second_key()
    {
        var (_, problem) = YamlTreeReader.Read("title: a\nsummary: b\ntitle: c\n", lineOffset: 1);
        Assert.Equal(YamlProblemKind.DuplicateKey, problem!.Kind);
        Assert.Equal(4, problem.Line);
        Assert.Equal(1, problem.Column);
        Assert.Contains("line 2", problem.Message);
    }

    [Fact]
    public void Scalars_keep_their_text_and_positions()
    {
        var (root, _) = YamlTreeReader.Read("a: NO\nb: 1.10\nc: 0123\nd: '0123'\n", lineOffset: 3);
        var mapping = Assert.IsType<YamlMapping>(root);
        Assert.Equal("NO", ((YamlScalar)mapping["a"]!).Value);
        Assert.Equal("1.10", ((YamlScalar)mapping["b"]!).Value);
        Assert.Equal("0123", ((YamlScalar)mapping["c"]!).Value);
        Assert.False(((YamlScalar)mapping["d"]!).IsPlain);
        Assert.Equal(6, mapping["c"]!.Line);
        Assert.Equal(4, mapping["c"]!.Column);
    }

    [Fact]
    public void Syntax_errors_carry_the_file_line()
    {
        var (_, problem) = YamlTreeReader.Read("title: a\nsummary: [unclosed\n", lineOffset: 1);
        Assert.Equal(YamlProblemKind.Syntax, problem!.Kind);
        Assert.True(problem.Line >= 3, problem.ToString());
    }

    [Theory]
    [InlineData("2026-11-21T23:30:00-05:00", "2026-11-21", "2026-11-21T23:30:00-05:00")]
    [InlineData("2026-11-21T08:00:00+09:00", "2026-11-21", "2026-11-21T08:00:00+09:00")]
    [InlineData("2026-11-21", "2026-11-21", "2026-11-21")]
    public void Dates_with_offsets_keep_their_day_and_offset(string text, string day, string iso)
    {
        Assert.True(ContentDate.TryParse(text, out var date));
        Assert.Equal(day, date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(iso, date.ToIso());
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_its_line()
    {
        var (_, problem) = YamlTreeReader.Read("title: T\nfoo:\n\tbar: 1\n", lineOffset: 1);
        Assert.Equal(YamlProblemKind.Syntax, problem!.Kind);
        Assert.Equal(4, problem.Line);
        Assert.Contains("tab", problem.Message);
    }
}
