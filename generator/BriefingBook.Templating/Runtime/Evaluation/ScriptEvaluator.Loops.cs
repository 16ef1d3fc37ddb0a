using System.Collections;
using BriefingBook.Templating.Syntax;

namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary><c>for</c>, <c>tablerow</c> and <c>while</c>, with their loop variables and the iteration limit.</summary>
internal sealed partial class ScriptEvaluator
{
    public override object? Visit(ScriptForStatement node)
    {
        var iterable = Evaluate(node.Iterator);
        if (iterable is null)
        {
            return null;
        }
        if (iterable is not IEnumerable)
        {
            throw new ScriptRuntimeException(SpanOf(node.Iterator, node), $"Unexpected type `{iterable.GetType()}` for iterator");
        }
        var limit = -1;
        var offset = 0;
        var reversed = false;
        var columns = 1;
        foreach (var argument in node.NamedArguments)
        {
            switch (argument.Name)
            {
                case "limit":
                    limit = _context.ToInt(SpanOf(argument.Value, argument), Evaluate(argument.Value));
                    break;
                case "offset":
                    offset = _context.ToInt(SpanOf(argument.Value, argument), Evaluate(argument.Value));
                    break;
                case "reversed":
                    reversed = true;
                    break;
                case "cols" when node.IsTableRow:
                    columns = Math.Max(1, _context.ToInt(SpanOf(argument.Value, argument), Evaluate(argument.Value)));
                    break;
                default:
                    throw new ScriptRuntimeException(argument.Span, $"Unsupported argument `{argument.Name}` for statement: `{node}`");
            }
        }

        var items = ToLoopItems(node, iterable);
        if (offset > 0 || limit > 0 || reversed)
        {
            IEnumerable<object?> selection = items;
            if (offset > 0)
            {
                selection = selection.Skip(offset);
            }
            if (reversed)
            {
                selection = selection.Reverse();
            }
            if (limit > 0)
            {
                selection = selection.Take(limit);
            }
            items = selection.ToList();
        }

        if (items.Count == 0)
        {
            node.Else?.Body?.Accept(this);
            return null;
        }

        if (node.IsTableRow)
        {
            RunTableRow(node, items, columns);
            return null;
        }
        RunLoop(node, node.Variable, items, "for", node.Body);
        return null;
    }

    private List<object?> ToLoopItems(ScriptForStatement node, object? iterable)
    {
        switch (iterable)
        {
            case null:
                return new List<object?>();
            case string text:
                return text.Select(c => (object?)c.ToString()).ToList();
            case IList<object?> list:
                return new List<object?>(list);
            case IEnumerable enumerable:
                var items = new List<object?>();
                foreach (var item in enumerable)
                {
                    items.Add(item);
                    if (_context.LoopLimit > 0 && items.Count > _context.LoopLimit)
                    {
                        throw LoopLimitExceeded(node);
                    }
                }
                return items;
            default:
                throw new ScriptRuntimeException(SpanOf(node.Iterator, node), $"Unexpected type `{iterable.GetType()}` for iterator");
        }
    }

    private ScriptRuntimeException LoopLimitExceeded(ScriptNode node) =>
        new(node.Span, $"Exceeding number of iteration limit `{_context.LoopLimit}` for loop statement.");

    private void RunLoop(ScriptStatement node, ScriptExpression? variable, List<object?> items, string loopName, ScriptBlockStatement? body)
    {
        var localName = variable is ScriptVariable { Scope: ScriptVariableScope.Local } local ? local.Name : null;
        var hadLocal = false;
        object? previousLocal = null;
        if (localName is not null)
        {
            hadLocal = _context.CurrentLocal.TryGetValue(localName, out previousLocal);
        }

        using var scope = EnterLoop(loopName);
        var loop = scope.Loop;
        try
        {
            object? previous = null;
            var count = items.Count;
            for (var i = 0; i < count; i++)
            {
                if (_context.LoopLimit > 0 && i >= _context.LoopLimit)
                {
                    throw LoopLimitExceeded(node);
                }
                var item = items[i];
                if (_context.Language == Parsing.ScriptLang.Liquid)
                {
                    loop.SetValue("index", i + 1, false);
                    loop.SetValue("index0", i, false);
                    loop.SetValue("rindex", count - i, false);
                    loop.SetValue("rindex0", count - i - 1, false);
                }
                else
                {
                    loop.SetValue("index", i, false);
                    loop.SetValue("rindex", count - i - 1, false);
                }
                loop.SetValue("first", Box(i == 0), false);
                loop.SetValue("last", Box(i == count - 1), false);
                loop.SetValue("even", Box(i % 2 == 0), false);
                loop.SetValue("odd", Box(i % 2 != 0), false);
                loop.SetValue("changed", Box(i == 0 || !Equals(previous, item)), false);
                loop.SetValue("length", count, false);
                previous = item;
                SetLoopVariable(scope.Frame, variable, item);

                body?.Accept(this);
                if (!GoesOnAfterBody())
                {
                    break;
                }
            }
        }
        finally
        {
            if (localName is not null)
            {
                if (hadLocal)
                {
                    _context.CurrentLocal.SetValue(localName, previousLocal, readOnly: false);
                }
                else
                {
                    _context.CurrentLocal.Remove(localName);
                }
            }
        }
    }

    private void SetLoopVariable(ScriptObject frame, ScriptExpression? variable, object? item)
    {
        switch (variable)
        {
            case ScriptVariable { Scope: ScriptVariableScope.Local } local:
                _context.CurrentLocal.SetValue(local.Name, item, readOnly: false);
                break;
            case ScriptVariable loopVariable:
                frame.SetValue(loopVariable.Name, item, readOnly: false);
                break;
            case not null:
                Assign(variable, item);
                break;
        }
    }

    public override object? Visit(ScriptWhileStatement node)
    {
        using var scope = EnterLoop("while");
        var loop = scope.Loop;
        var index = 0;
        while (true)
        {
            loop.SetValue("index", index, false);
            loop.SetValue("first", Box(index == 0), false);
            loop.SetValue("even", Box(index % 2 == 0), false);
            loop.SetValue("odd", Box(index % 2 != 0), false);
            if (_context.LoopLimit > 0 && index >= _context.LoopLimit)
            {
                throw LoopLimitExceeded(node);
            }
            if (!_context.ToBool(SpanOf(node.Condition, node), Evaluate(node.Condition)))
            {
                break;
            }
            node.Body?.Accept(this);
            index++;
            if (!GoesOnAfterBody())
            {
                break;
            }
        }
        return null;
    }

    private void RunTableRow(ScriptForStatement node, List<object?> items, int columns)
    {
        _context.Write(node.Span, "<tr class=\"row1\">");
        var row = 1;
        var index = 0;
        using (var scope = EnterLoop("tablerow"))
        {
            var loop = scope.Loop;
            foreach (var item in items)
            {
                var column = index % columns + 1;
                if (index > 0 && column == 1)
                {
                    row++;
                    _context.Write(node.Span, $"</tr>\n<tr class=\"row{row}\">");
                }
                loop.SetValue("index", index, false);
                loop.SetValue("col", column, false);
                loop.SetValue("first", Box(index == 0), false);
                loop.SetValue("last", Box(index == items.Count - 1), false);
                loop.SetValue("length", items.Count, false);
                SetLoopVariable(scope.Frame, node.Variable, item);
                _context.Write(node.Span, $"<td class=\"col{column}\">");
                node.Body?.Accept(this);
                _context.Write(node.Span, "</td>");
                index++;
                if (!GoesOnAfterBody())
                {
                    break;
                }
            }
        }
        _context.Write(node.Span, "</tr>\n");
    }

    /// <summary>Enters a loop: a new loop frame holding the loop's variable object (<c>for</c>, <c>while</c>...), left when disposed.</summary>
    private LoopScope EnterLoop(string loopName)
    {
        var frame = new ScriptObject();
        var loop = new ScriptObject();
        frame.SetValue(loopName, loop, readOnly: false);
        _context.PushLoop(frame);
        _loopDepth++;
        return new LoopScope(this, frame, loop);
    }

    /// <summary>
    /// Whether a loop goes on after one pass of its body. The loop consumes a <c>break</c> or <c>continue</c>;
    /// a <c>ret</c> stops it and keeps unwinding.
    /// </summary>
    private bool GoesOnAfterBody()
    {
        switch (_flow)
        {
            case FlowState.Break:
                _flow = FlowState.None;
                return false;
            case FlowState.Continue:
                _flow = FlowState.None;
                return true;
            default:
                return _flow != FlowState.Return;
        }
    }

    /// <summary>A loop being run: its frame in the context's loop stack, and its variable object.</summary>
    private readonly struct LoopScope(ScriptEvaluator evaluator, ScriptObject frame, ScriptObject loop) : IDisposable
    {
        public ScriptObject Frame => frame;

        public ScriptObject Loop => loop;

        public void Dispose()
        {
            evaluator._loopDepth--;
            evaluator._context.PopLoop();
        }
    }

    private static readonly object True = true;
    private static readonly object False = false;

    private static object Box(bool value) => value ? True : False;
}
