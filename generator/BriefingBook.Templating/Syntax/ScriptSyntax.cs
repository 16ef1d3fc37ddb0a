namespace BriefingBook.Templating.Syntax;

/// <summary>The name and the usage example of each kind of node, as parser messages show them.</summary>
public static class ScriptSyntax
{
    public static (string Name, string Example) Describe(ScriptNode? node) => node switch
    {
        ScriptAssignExpression => ("assign expression", "<target_expression> = <value_expression>"),
        ScriptBinaryExpression => ("binary expression", "<expression> operator <expression>"),
        ScriptUnaryExpression => ("unary expression", "<operator> <expression>"),
        ScriptIncrementDecrementExpression => ("increment/decrement expression", "<operator> <expression> or <expression> <operator>"),
        ScriptArrayInitializerExpression => ("array initializer", "[item1, item2,...]"),
        ScriptObjectInitializerExpression => ("object initializer expression", "{ member1: <expression>, member2: ... }"),
        ScriptIndexerExpression => ("indexer expression", "<expression>[<index_expression>]"),
        ScriptMemberExpression => ("member expression", "<expression>.<variable_name>"),
        ScriptIsEmptyExpression => ("empty expression", "<expression>.empty?"),
        ScriptNestedExpression => ("nested expression", "(<expression>)"),
        ScriptFunctionCall => ("function call expression", "<target_expression> <arguemnt[0]> ... <arguement[n]>"),
        ScriptPipeCall => ("pipe expression", "<expression> | <expression>"),
        ScriptConditionalExpression => ("conditional expression", "<condition> ? <then_value> : <else_value>"),
        ScriptNamedArgument => ("named argument", "<name>: <expression>"),
        ScriptLiteral => ("literal", "<value>"),
        ScriptVariable => ("variable", "<variable_name>"),
        ScriptThisExpression => ("this expression", "this"),
        ScriptAnonymousFunction => ("anonymous function", "do ... end"),
        ScriptInterpolatedStringExpression => ("interpolated string", "$\"...{<expression>}...\""),
        ScriptInterpolatedExpression => ("interpolated expression", "{<expression>}"),
        ScriptIfStatement => ("if statement", "if <expression> ... end|else|else if"),
        ScriptElseStatement => ("else statement", "else | else if <expression> ... end|else|else if"),
        ScriptCaseStatement => ("case statement", "case <expression> ... end|when|else"),
        ScriptWhenStatement => ("when statement", "when <expression> ... end|when|else"),
        ScriptForStatement { IsTableRow: true } => ("tablerow statement", "tablerow <variable> in <expression> ... end"),
        ScriptForStatement => ("for statement", "for <variable> in <expression> ... end"),
        ScriptWhileStatement => ("while statement", "while <expression> ... end"),
        ScriptCaptureStatement => ("capture statement", "capture <variable> ... end"),
        ScriptWithStatement => ("with statement", "with <variable> ... end"),
        ScriptWrapStatement => ("wrap statement", "wrap <function_call> ... end"),
        ScriptFunction => ("function statement", "func <variable> ... end"),
        ScriptReturnStatement => ("return statement", "return <expression>?"),
        ScriptReadOnlyStatement => ("readonly statement", "readonly <variable>"),
        ScriptImportStatement => ("import statement", "import <expression>"),
        ScriptBreakStatement => ("break statement", "break"),
        ScriptContinueStatement => ("continue statement", "continue"),
        ScriptExpressionStatement => ("expression statement", "<expression>"),
        ScriptBlockStatement => ("block statement", "<statement>...end"),
        _ => ("node", "<node>"),
    };
}
