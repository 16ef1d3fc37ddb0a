using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Tests.Parsing;

public sealed class FunctionParserTests
{
    [Fact]
    public void Parameters_come_plain_then_optional_with_a_literal_then_variadic()
    {
        var function = Assert.IsType<ScriptFunction>(new ParsedTemplate("{{ func f(a, b = 'x', c = 2, rest...); end }}").Single());

        Assert.Equal("f", function.Name!.Name);
        Assert.False(function.IsAnonymous);
        var parameters = function.Parameters!;
        Assert.Equal(["a", "b", "c", "rest"], parameters.Select(parameter => parameter.Name));
        Assert.Equal([false, true, true, false], parameters.Select(parameter => parameter.HasDefault));
        Assert.Equal("x", parameters[1].DefaultValue!.Value);
        Assert.Equal(2, parameters[2].DefaultValue!.Value);
        Assert.True(parameters[3].IsVariadic);
    }

    [Fact]
    public void Without_a_parameter_list_a_function_takes_its_arguments_through_dollar()
    {
        var function = Assert.IsType<ScriptFunction>(new ParsedTemplate("{{ func f; ret $0 + $; end }}").Single());

        Assert.Null(function.Parameters);
        var body = Assert.IsType<ScriptReturnStatement>(Assert.Single(Assert.IsType<ScriptBlockStatement>(function.Body).Statements));
        var sum = Assert.IsType<ScriptBinaryExpression>(body.Expression);
        // `$` is the list of arguments, a local with no name; `$0` is its first item.
        var first = Assert.IsType<ScriptIndexerExpression>(sum.Left);
        var list = Assert.IsType<ScriptVariable>(first.Target);
        Assert.Equal(("", ScriptVariableScope.Local), (list.Name, list.Scope));
        Assert.Equal(0, Assert.IsType<ScriptLiteral>(first.Index).Value);
        var all = Assert.IsType<ScriptVariable>(sum.Right);
        Assert.Equal(("", ScriptVariableScope.Local), (all.Name, all.Scope));
    }

    [Fact]
    public void An_anonymous_function_is_a_value_whose_end_also_ends_the_statement()
    {
        var parsed = new ParsedTemplate("{{ f = do(x)\n ret x\nend\nf 1 }}");

        Assert.Empty(parsed.Messages);
        Assert.Equal(2, parsed.Code.Count);
        var assign = Assert.IsType<ScriptAssignExpression>(Assert.IsType<ScriptExpressionStatement>(parsed.Code[0]).Expression);
        var function = Assert.IsType<ScriptAnonymousFunction>(assign.Value).Function!;
        Assert.True(function.IsAnonymous);
        Assert.Equal("x", Assert.Single(function.Parameters!).Name);
        // Zero-based: the function ends with the `end` on the third line.
        Assert.Equal((2, 2), (function.Span.End.Line, function.Span.End.Column));
    }

    [Fact]
    public void A_call_head_of_plain_names_followed_by_equal_defines_a_function()
    {
        var function = Assert.IsType<ScriptFunction>(new ParsedTemplate("{{ area(w, h) = w * h }}").Single());

        Assert.True(function.IsExpressionBody);
        Assert.Equal(["w", "h"], function.Parameters!.Select(parameter => parameter.Name));
    }

    [Fact]
    public void A_call_head_with_something_else_than_a_name_is_no_definition()
    {
        var parsed = new ParsedTemplate("{{ area(w, 2) = w }}");

        Assert.Equal(
            ["test(1,4) : error : Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>"],
            parsed.Messages);
    }

    [Theory]
    [InlineData("{{ func f(a = 1, b); end }}", "test(1,18) : error : Cannot declare a normal parameter after an optional parameter.")]
    [InlineData("{{ func f(a..., b = 1); end }}", "test(1,17) : error : Cannot declare an optional parameter after a variable parameter (`...`).")]
    [InlineData("{{ func f(a..., b...); end }}", "test(1,17) : error : Cannot declare multiple variable parameters.")]
    [InlineData("{{ func f(a = x); end }}", "test(1,11) : error : Expecting only a literal for an optional parameter value.")]
    [InlineData("{{ func f($a); end }}", "test(1,11) : error : Expecting only a simple name parameter for a function")]
    public void A_misplaced_or_malformed_parameter_is_reported_at_its_name(string text, string message)
    {
        Assert.Equal([message], new ParsedTemplate(text).Messages);
    }

    [Fact]
    public void A_parameter_list_reports_each_problem_and_goes_on()
    {
        var parsed = new ParsedTemplate("{{ func f(a b, 1); end }}");

        Assert.Equal(
        [
            "test(1,13) : error : Expecting a comma to separate arguments in a function call.",
            "test(1,4) : error : Error while parsing function statement: Expecting a variable instead of `1` in: func <variable> ... end",
            "test(1,16) : error : Expecting a closing parenthesis for a function call.",
            "test(1,16) : error : Invalid token found `1`. Expecting <EOL>/end of line.",
            "test(1,14) : error : Error while parsing function statement: The <end> statement was not found in: func <variable> ... end",
        ], parsed.Messages);
    }

    [Fact]
    public void A_function_without_a_name_is_reported()
    {
        Assert.StartsWith(
            "test(1,4) : error : Error while parsing function statement: Expecting a variable instead of `(`",
            new ParsedTemplate("{{ func (x); end }}").Messages[0]);
    }
}
