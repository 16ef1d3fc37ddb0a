using System.Globalization;
using System.Text;

namespace BriefingBook.Templating.Syntax;

/// <summary>Writes a node back as template source, in the compact form error messages quote.</summary>
public sealed class ScriptPrinter : ScriptVisitor<string>
{
    private static readonly ScriptPrinter Instance = new();

    public static string Print(ScriptNode? node) => node is null ? string.Empty : node.Accept(Instance);

    private static string Join(IEnumerable<ScriptNode> nodes, string separator) => string.Join(separator, nodes.Select(Print));

    public override string Visit(ScriptAnonymousFunction node) => "do; ...; end";

    public override string Visit(ScriptArrayInitializerExpression node) => "[" + Join(node.Values, ", ") + "]";

    public override string Visit(ScriptAssignExpression node) =>
        $"{Print(node.Target)} {(node.CompoundOperator == ScriptBinaryOperator.None ? "" : node.CompoundOperator.ToText())}= {Print(node.Value)}";

    public override string Visit(ScriptBinaryExpression node) => $"{Print(node.Left)} {node.Operator.ToText()} {Print(node.Right)}";

    public override string Visit(ScriptBlockStatement node) => "<block>";

    public override string Visit(ScriptBreakStatement node) => "break";

    public override string Visit(ScriptCaptureStatement node) => "capture " + Print(node.Target);

    public override string Visit(ScriptCaseStatement node) => "case " + Print(node.Value);

    public override string Visit(ScriptConditionalExpression node) => $"{Print(node.Condition)} ? {Print(node.Then)} : {Print(node.Else)}";

    public override string Visit(ScriptContinueStatement node) => "continue";

    public override string Visit(ScriptElseStatement node) => "else";

    public override string Visit(ScriptEndStatement node) => "end";

    public override string Visit(ScriptEscapeStatement node) => node.IsEntering ? "{{" : "}}";

    public override string Visit(ScriptExpressionAsStatement node) => Print(node.Statement);

    public override string Visit(ScriptExpressionStatement node) => Print(node.Expression);

    public override string Visit(ScriptForStatement node) => $"for {Print(node.Variable)} in {Print(node.Iterator)}";

    public override string Visit(ScriptFunction node) => node.IsAnonymous ? "do; ...; end" : "func " + Print(node.Name);

    public override string Visit(ScriptFunctionCall node)
    {
        if (node.ExplicitCall)
        {
            return Print(node.Target) + "(" + Join(node.Arguments, ", ") + ")";
        }
        var builder = new StringBuilder(Print(node.Target));
        foreach (var argument in node.Arguments)
        {
            builder.Append(' ').Append(Print(argument));
        }
        return builder.ToString();
    }

    public override string Visit(ScriptIfStatement node) => (node.IsElseIf ? "else if " : "if ") + Print(node.Condition);

    public override string Visit(ScriptImportStatement node) => "import " + Print(node.Expression);

    public override string Visit(ScriptIncrementDecrementExpression node)
    {
        var op = node.IsIncrement ? "++" : "--";
        return node.IsPostfix ? Print(node.Target) + op : op + Print(node.Target);
    }

    public override string Visit(ScriptIndexerExpression node) => $"{Print(node.Target)}[{Print(node.Index)}]";

    public override string Visit(ScriptInterpolatedExpression node) => "{" + Print(node.Expression) + "}";

    public override string Visit(ScriptInterpolatedStringExpression node) => "$\"" + string.Concat(node.Parts.Select(part => part is ScriptLiteral { Value: string text } ? text : Print(part))) + "\"";

    public override string Visit(ScriptIsEmptyExpression node) => Print(node.Target) + ".empty?";

    public override string Visit(ScriptLiteral node) => node.Value switch
    {
        null => "null",
        string text => node.Quote + text + node.Quote,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };

    public override string Visit(ScriptMemberExpression node) => Print(node.Target) + (node.IsNullConditional ? "?." : ".") + node.Member;

    public override string Visit(ScriptNamedArgument node) => node.Value is null ? node.Name : node.Name + ": " + Print(node.Value);

    public override string Visit(ScriptNestedExpression node) => "(" + Print(node.Expression) + ")";

    public override string Visit(ScriptNopStatement node) => string.Empty;

    public override string Visit(ScriptObjectInitializerExpression node) =>
        "{" + string.Join(", ", node.Members.Select(member => member.Key + ": " + Print(member.Value))) + "}";

    public override string Visit(ScriptPipeCall node) => $"{Print(node.From)} | {Print(node.To)}";

    public override string Visit(ScriptRawStatement node) => node.Text;

    public override string Visit(ScriptReadOnlyStatement node) => "readonly " + Print(node.Variable);

    public override string Visit(ScriptReturnStatement node) => node.Expression is null ? "ret" : "ret " + Print(node.Expression);

    public override string Visit(ScriptThisExpression node) => "this";

    public override string Visit(ScriptUnaryExpression node) => node.Operator.ToText() + Print(node.Right);

    public override string Visit(ScriptVariable node) => node.DisplayName;

    public override string Visit(ScriptWhenStatement node) => "when " + Join(node.Values, ", ");

    public override string Visit(ScriptWhileStatement node) => "while " + Print(node.Condition);

    public override string Visit(ScriptWithStatement node) => "with " + Print(node.Name);

    public override string Visit(ScriptWrapStatement node) => "wrap " + Print(node.Target);
}
