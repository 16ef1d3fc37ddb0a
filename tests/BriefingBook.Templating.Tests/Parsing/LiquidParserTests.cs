using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Tests.Parsing;

public sealed class LiquidParserTests
{
    private static ParsedTemplate Liquid(string text) => new(text, ScriptLang.Liquid);

    private static string IncludedName(ScriptStatement statement)
    {
        var call = Assert.IsType<ScriptFunctionCall>(Assert.IsType<ScriptExpressionStatement>(statement).Expression);
        Assert.Equal("include", Assert.IsType<ScriptVariable>(call.Target).Name);
        return (string)Assert.IsType<ScriptLiteral>(Assert.Single(call.Arguments)).Value!;
    }

    private static (string Target, object? Value) Assignment(ScriptStatement statement)
    {
        var assign = Assert.IsType<ScriptAssignExpression>(Assert.IsType<ScriptExpressionStatement>(statement).Expression);
        var target = assign.Target switch
        {
            ScriptVariable variable => variable.Name,
            ScriptIndexerExpression { Target: ScriptThisExpression, Index: ScriptLiteral { Value: string name } } => "this." + name,
            _ => throw new InvalidOperationException($"unexpected target {assign.Target}"),
        };
        return (target, assign.Value is ScriptLiteral literal ? literal.Value : assign.Value?.ToString());
    }

    [Fact]
    public void An_include_alone_is_a_call_of_include()
    {
        Assert.Equal("card", IncludedName(Liquid("{% include 'card' %}").Single()));
    }

    [Fact]
    public void An_include_with_a_value_sets_the_global_named_after_the_template_then_the_arguments_last_first()
    {
        var block = Assert.IsType<ScriptBlockStatement>(Liquid("{% include 'card' with product title: 'T', n: 2 %}").Single());

        Assert.Equal(4, block.Statements.Count);
        Assert.Equal(("n", (object?)2), Assignment(block.Statements[0]));
        Assert.Equal(("title", (object?)"T"), Assignment(block.Statements[1]));
        Assert.Equal(("this.card", (object?)"product"), Assignment(block.Statements[2]));
        Assert.Equal("card", IncludedName(block.Statements[3]));
    }

    [Fact]
    public void An_include_for_a_list_is_a_loop_over_the_include()
    {
        var loop = Assert.IsType<ScriptForStatement>(Liquid("{% include 'card' for products %}").Single());

        Assert.IsType<ScriptThisExpression>(Assert.IsType<ScriptIndexerExpression>(loop.Variable).Target);
        Assert.Equal("products", Assert.IsType<ScriptVariable>(loop.Iterator).Name);
        Assert.Equal("card", IncludedName(Assert.Single(loop.Body!.Statements)));
    }

    [Theory]
    [InlineData("{% include 1 %}", "test(1,12) : error : Unexpected include template name `1` expecting a string or a variable path")]
    [InlineData("{% include 'card' a 1 %}", "test(1,21) : error : Unexpected token `1` after variable `a`. Expecting a `:`")]
    public void A_malformed_include_is_reported(string text, string message)
    {
        Assert.Equal([message], Liquid(text).Messages);
    }

    [Fact]
    public void A_cycle_is_a_call_of_array_cycle_on_its_values()
    {
        var call = Assert.IsType<ScriptFunctionCall>(Assert.IsType<ScriptExpressionStatement>(Liquid("{% cycle 'a', 'b', 'c' %}").Single()).Expression);

        var target = Assert.IsType<ScriptMemberExpression>(call.Target);
        Assert.Equal(("array", "cycle"), (Assert.IsType<ScriptVariable>(target.Target).Name, target.Member));
        var values = Assert.IsType<ScriptArrayInitializerExpression>(Assert.Single(call.Arguments));
        Assert.Equal(["a", "b", "c"], values.Values.Select(value => Assert.IsType<ScriptLiteral>(value).Value));
    }

    [Fact]
    public void A_cycle_group_name_is_dropped_and_its_values_follow()
    {
        var call = Assert.IsType<ScriptFunctionCall>(Assert.IsType<ScriptExpressionStatement>(Liquid("{% cycle 'group': 1, 2 %}").Single()).Expression);

        var values = Assert.IsType<ScriptArrayInitializerExpression>(Assert.Single(call.Arguments));
        Assert.Equal([1, 2], values.Values.Select(value => Assert.IsType<ScriptLiteral>(value).Value));
    }

    [Fact]
    public void Forloop_is_the_for_loop_variable_and_its_members_are_checked()
    {
        var parsed = Liquid("{{ forloop.index0 }}{{ forloop.col }}{{ tablerowloop.col }}{{ forloop.nope }}");

        var member = Assert.IsType<ScriptMemberExpression>(Assert.IsType<ScriptExpressionStatement>(parsed.Code[0]).Expression);
        Assert.Equal("for", Assert.IsType<ScriptVariable>(member.Target).Name);
        Assert.Equal(
        [
            "test(1,24) : error : The loop variable <forloop.col> is invalid",
            "test(1,63) : error : The liquid loop variable <forloop.nope> is not supported",
        ], parsed.Messages);
    }

    [Fact]
    public void A_name_with_a_dash_is_read_by_key_among_the_globals()
    {
        var indexer = Assert.IsType<ScriptIndexerExpression>(Liquid("{{ my-var }}").SingleExpression());

        Assert.IsType<ScriptThisExpression>(indexer.Target);
        Assert.Equal("my-var", Assert.IsType<ScriptLiteral>(indexer.Index).Value);
    }
}
