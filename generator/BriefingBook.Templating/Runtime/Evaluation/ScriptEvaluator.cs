using BriefingBook.Templating.Parsing;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>
/// Runs a syntax tree against a <see cref="TemplateContext"/>: statements write to the context's
/// output, expressions produce values. One evaluator per context; it is not thread-safe.
/// </summary>
internal sealed partial class ScriptEvaluator : ScriptVisitor<object?>
{
    private readonly TemplateContext _context;
    private readonly List<ScriptBlockStatement> _blockDelegates = new();
    private FlowState _flow;
    private object? _returnValue;
    private object? _pipeValue;
    private bool _hasPipeValue;
    private bool _pipeExpands;
    private int _loopDepth;
    private int _callDepth;
    private (ScriptNode? Node, IReadOnlyList<ScriptExpression>? Arguments) _currentCall;

    public ScriptEvaluator(TemplateContext context)
    {
        _context = context;
    }

    /// <summary>Runs a template body; a top-level <c>ret</c> stops it.</summary>
    public void RunPage(ScriptBlockStatement body)
    {
        var previousLoopDepth = _loopDepth;
        _loopDepth = 0;
        try
        {
            body.Accept(this);
        }
        finally
        {
            _loopDepth = previousLoopDepth;
            if (_flow == FlowState.Return && _callDepth == 0)
            {
                _flow = FlowState.None;
                _returnValue = null;
            }
        }
    }

    /// <summary>Evaluates an expression, calling a function value that is read without arguments.</summary>
    public object? Evaluate(ScriptExpression? expression) => expression?.Accept(this);

    /// <summary>Runs a body as code and returns the value of its last expression or <c>ret</c>.</summary>
    public object? EvaluateScript(ScriptBlockStatement body)
    {
        object? last = null;
        foreach (var statement in body.Statements)
        {
            if (statement is ScriptExpressionStatement { Expression: { } expression } && expression is not ScriptAssignExpression)
            {
                last = Evaluate(expression);
            }
            else
            {
                statement.Accept(this);
            }
            if (_flow == FlowState.Return)
            {
                _flow = FlowState.None;
                last = _returnValue;
                _returnValue = null;
                break;
            }
            if (_flow != FlowState.None)
            {
                break;
            }
        }
        return last;
    }

    private TemplateContext Context => _context;

    private static SourceSpan SpanOf(ScriptNode? node, ScriptNode fallback) => node?.Span ?? fallback.Span;
}
