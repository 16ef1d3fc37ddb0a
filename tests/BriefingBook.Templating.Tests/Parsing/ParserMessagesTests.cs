namespace BriefingBook.Templating.Tests.Parsing;

public sealed class ParserMessagesTests
{
    [Fact]
    public void A_statement_that_does_not_end_stops_the_parse_and_the_blocks_it_leaves_open_are_reported()
    {
        var parsed = new ParsedTemplate("{{ if true }}{{ x = 1 ) }}{{ end }}{{ z = }}");

        Assert.Equal(
        [
            "test(1,23) : error : Invalid token found `)`. Expecting <EOL>/end of line.",
            "test(1,21) : error : Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if",
        ], parsed.Messages);
    }

    [Fact]
    public void Past_the_nesting_limit_the_messages_before_it_are_kept_and_none_after()
    {
        var parsed = new ParsedTemplate("{{ x = }}{{ ((((((((1 +)))))))) }}{{ y = }}", depthLimit: 5);

        Assert.Equal(
        [
            "test(1,8) : error : Error while parsing assign expression: Expecting <expression> instead of `}}` in: <target_expression> = <value_expression>",
            "test(1,16) : error : The statement depth limit `5` was reached when parsing this statement",
        ], parsed.Messages);
    }

    [Fact]
    public void A_message_in_a_node_names_the_node_and_shows_how_it_is_written()
    {
        var parsed = new ParsedTemplate("{{ capture }}x{{ end }}");

        Assert.Equal(
            ["test(1,12) : error : Error while parsing capture statement: Expecting <expression> instead of `}}` in: capture <variable> ... end"],
            parsed.Messages);
    }

    [Fact]
    public void A_new_line_is_quoted_as_an_escape_in_messages()
    {
        var parsed = new ParsedTemplate("{{ y = 1 +\n}}");

        Assert.Contains(parsed.Messages, message => message.Contains("instead of `\\n`", StringComparison.Ordinal));
    }
}
