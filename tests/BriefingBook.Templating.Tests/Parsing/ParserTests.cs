using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Tests.Parsing;

public sealed class ParserTests
{
    private static (ScriptBlockStatement Page, IReadOnlyList<LogMessage> Messages) Parse(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Lexer(text, "test"), options);
        var page = parser.Run();
        return (page, parser.Messages);
    }

    private static List<ScriptStatement> Code(ScriptBlockStatement page) => page.Statements.Where(statement => statement is not ScriptEscapeStatement).ToList();

    private static ScriptExpression Expression(string code)
    {
        var (page, messages) = Parse("{{ " + code + " }}");
        Assert.Empty(messages);
        return Assert.IsType<ScriptExpressionStatement>(Assert.Single(Code(page))).Expression!;
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        var add = Assert.IsType<ScriptBinaryExpression>(Expression("1 + 2 * 3"));
        Assert.Equal(ScriptBinaryOperator.Add, add.Operator);
        Assert.Equal(ScriptBinaryOperator.Multiply, Assert.IsType<ScriptBinaryExpression>(add.Right).Operator);
    }

    [Fact]
    public void Operators_of_equal_precedence_associate_to_the_left()
    {
        var outer = Assert.IsType<ScriptBinaryExpression>(Expression("5 - 2 - 1"));
        Assert.IsType<ScriptBinaryExpression>(outer.Left);
        Assert.IsType<ScriptLiteral>(outer.Right);
    }

    [Fact]
    public void Juxtaposed_arguments_make_a_call_with_named_arguments()
    {
        var call = Assert.IsType<ScriptFunctionCall>(Expression("f 1 \"two\" three: 3"));
        Assert.Equal("f", Assert.IsType<ScriptVariable>(call.Target).Name);
        Assert.Equal(3, call.Arguments.Count);
        Assert.Equal("three", Assert.IsType<ScriptNamedArgument>(call.Arguments[2]).Name);
    }

    [Fact]
    public void A_pipe_makes_the_right_side_a_call()
    {
        var pipe = Assert.IsType<ScriptPipeCall>(Expression("x | string.upcase"));
        var call = Assert.IsType<ScriptFunctionCall>(pipe.To);
        Assert.IsType<ScriptMemberExpression>(call.Target);
    }

    [Fact]
    public void A_dollar_number_reads_the_arguments_array()
    {
        var indexer = Assert.IsType<ScriptIndexerExpression>(Expression("$2"));
        Assert.Equal(ScriptVariableScope.Local, Assert.IsType<ScriptVariable>(indexer.Target).Scope);
        Assert.Equal(2, Assert.IsType<ScriptLiteral>(indexer.Index).Value);
    }

    [Fact]
    public void If_else_if_else_chain_into_one_statement()
    {
        var (page, messages) = Parse("{{ if a }}1{{ else if b }}2{{ else }}3{{ end }}");
        Assert.Empty(messages);
        var first = Assert.IsType<ScriptIfStatement>(Assert.Single(Code(page)));
        var second = Assert.IsType<ScriptIfStatement>(first.Else);
        Assert.True(second.IsElseIf);
        Assert.IsType<ScriptElseStatement>(second.Else);
    }

    [Fact]
    public void For_takes_its_options_as_named_arguments()
    {
        var (page, messages) = Parse("{{ for x in items limit: 2 reversed }}{{ x }}{{ end }}");
        Assert.Empty(messages);
        var loop = Assert.IsType<ScriptForStatement>(Assert.Single(Code(page)));
        Assert.Equal(ScriptVariableScope.Loop, Assert.IsType<ScriptVariable>(loop.Variable).Scope);
        Assert.Equal(["limit", "reversed"], loop.NamedArguments.Select(argument => argument.Name));
    }

    [Fact]
    public void A_one_line_definition_becomes_a_function()
    {
        var (page, messages) = Parse("{{ double(x) = x * 2 }}");
        Assert.Empty(messages);
        var function = Assert.IsType<ScriptFunction>(Assert.Single(Code(page)));
        Assert.Equal("x", Assert.Single(function.Parameters!).Name);
        Assert.True(function.IsExpressionBody);
    }

    [Fact]
    public void Errors_carry_positions_and_parsing_recovers_to_report_several()
    {
        var (_, messages) = Parse("{{ x = }}\n{{ y = 1 + }}");
        Assert.Equal(
        [
            "test(1,8) : error : Error while parsing assign expression: Expecting <expression> instead of `}}` in: <target_expression> = <value_expression>",
            "test(2,12) : error : Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>",
        ], messages.Select(message => message.ToString()));
    }

    [Fact]
    public void A_missing_end_is_reported_at_the_last_token()
    {
        var (_, messages) = Parse("{{ for x in y }}text");
        Assert.Equal("test(1,17) : error : Error while parsing for statement: The <end> statement was not found in: for <variable> in <expression> ... end", Assert.Single(messages).ToString());
    }

    [Fact]
    public void Deep_nesting_stops_at_the_limit_with_one_message()
    {
        var text = "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}";
        var (_, messages) = Parse(text, new ParserOptions { ExpressionDepthLimit = 100 });
        Assert.Equal("The statement depth limit `100` was reached when parsing this statement", Assert.Single(messages).Message);
    }

    [Theory]
    [InlineData(ScriptLang.Default)]
    [InlineData(ScriptLang.Liquid)]
    [InlineData(ScriptLang.Scientific)]
    public void Parsing_past_the_nesting_limit_ends_in_every_language(ScriptLang lang)
    {
        // In scientific mode `(1)(1)` is a product: past the limit its right operand read nothing, forever.
        var text = "{{ " + new string('(', 12) + "1" + new string(')', 12) + "(2) }}";
        var parser = new Parser(new Lexer(text, "test", new LexerOptions { Lang = lang }), new ParserOptions { ExpressionDepthLimit = 5 });
        parser.Run();
        Assert.Equal("test(1,7) : error : The statement depth limit `5` was reached when parsing this statement", Assert.Single(parser.Messages).ToString());
    }

    [Fact]
    public void Deeply_nested_blocks_stop_at_the_limit_too()
    {
        var text = string.Concat(Enumerable.Repeat("{{ if true }}", 5000));
        var (_, messages) = Parse(text);
        Assert.Contains("depth limit", Assert.Single(messages).Message);
    }

    [Fact]
    public void Keywords_inside_parentheses_are_plain_variables()
    {
        var (page, messages) = Parse("{{ (if) = 1 }}");
        Assert.Empty(messages);
        var assign = Assert.IsType<ScriptAssignExpression>(Assert.IsType<ScriptExpressionStatement>(Assert.Single(Code(page))).Expression);
        Assert.IsType<ScriptNestedExpression>(assign.Target);
    }

    [Fact]
    public void A_code_block_records_the_indentation_of_its_line()
    {
        var (page, _) = Parse("<ul>\n    {{ x }}\n  text {{ y }}");
        var enters = page.Statements.OfType<ScriptEscapeStatement>().Where(escape => escape.IsEntering).ToList();
        Assert.Equal("    ", enters[0].Indent);
        Assert.Null(enters[1].Indent);
    }

    [Fact]
    public void Nesting_beyond_the_stack_is_reported_even_with_a_huge_limit()
    {
        var text = "{{ " + new string('(', 200_000) + "1 }}";
        var (_, messages) = Parse(text, new ParserOptions { ExpressionDepthLimit = int.MaxValue });
        Assert.Contains("depth limit", Assert.Single(messages).Message);
    }
}
