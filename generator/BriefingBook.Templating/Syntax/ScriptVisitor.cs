namespace BriefingBook.Templating.Syntax;

/// <summary>One method per kind of node; the evaluator and the printer are visitors.</summary>
public abstract class ScriptVisitor<TResult>
{
    public abstract TResult Visit(ScriptAnonymousFunction node);

    public abstract TResult Visit(ScriptArrayInitializerExpression node);

    public abstract TResult Visit(ScriptAssignExpression node);

    public abstract TResult Visit(ScriptBinaryExpression node);

    public abstract TResult Visit(ScriptBlockStatement node);

    public abstract TResult Visit(ScriptBreakStatement node);

    public abstract TResult Visit(ScriptCaptureStatement node);

    public abstract TResult Visit(ScriptCaseStatement node);

    public abstract TResult Visit(ScriptConditionalExpression node);

    public abstract TResult Visit(ScriptContinueStatement node);

    public abstract TResult Visit(ScriptElseStatement node);

    public abstract TResult Visit(ScriptEndStatement node);

    public abstract TResult Visit(ScriptEscapeStatement node);

    public abstract TResult Visit(ScriptExpressionAsStatement node);

    public abstract TResult Visit(ScriptExpressionStatement node);

    public abstract TResult Visit(ScriptForStatement node);

    public abstract TResult Visit(ScriptFunction node);

    public abstract TResult Visit(ScriptFunctionCall node);

    public abstract TResult Visit(ScriptIfStatement node);

    public abstract TResult Visit(ScriptImportStatement node);

    public abstract TResult Visit(ScriptIncrementDecrementExpression node);

    public abstract TResult Visit(ScriptIndexerExpression node);

    public abstract TResult Visit(ScriptInterpolatedExpression node);

    public abstract TResult Visit(ScriptInterpolatedStringExpression node);

    public abstract TResult Visit(ScriptIsEmptyExpression node);

    public abstract TResult Visit(ScriptLiteral node);

    public abstract TResult Visit(ScriptMemberExpression node);

    public abstract TResult Visit(ScriptNamedArgument node);

    public abstract TResult Visit(ScriptNestedExpression node);

    public abstract TResult Visit(ScriptNopStatement node);

    public abstract TResult Visit(ScriptObjectInitializerExpression node);

    public abstract TResult Visit(ScriptPipeCall node);

    public abstract TResult Visit(ScriptRawStatement node);

    public abstract TResult Visit(ScriptReadOnlyStatement node);

    public abstract TResult Visit(ScriptReturnStatement node);

    public abstract TResult Visit(ScriptThisExpression node);

    public abstract TResult Visit(ScriptUnaryExpression node);

    public abstract TResult Visit(ScriptVariable node);

    public abstract TResult Visit(ScriptWhenStatement node);

    public abstract TResult Visit(ScriptWhileStatement node);

    public abstract TResult Visit(ScriptWithStatement node);

    public abstract TResult Visit(ScriptWrapStatement node);
}
