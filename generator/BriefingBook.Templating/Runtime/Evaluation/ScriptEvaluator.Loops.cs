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
        var frame = new ScriptObject();
        var loop = new ScriptObject();
        frame.SetValue(loopName, loop, readOnly: false);
        var localName = variable is ScriptVariable { Scope: ScriptVariableScope.Local } local ? local.Name : null;
        var hadLocal = false;
        object? previousLocal = null;
        if (localName is not null)
        {
            hadLocal = _context.CurrentLocal.TryGetValue(localName, out previousLocal);
        }

        _context.PushLoop(frame);
        _loopDepth++;
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
                SetLoopVariable(frame, variable, item);

                body?.Accept(this);
                if (_flow == FlowState.Break)
                {
                    _flow = FlowState.None;
                    break;
                }
                if (_flow == FlowState.Continue)
                {
                    _flow = FlowState.None;
                    continue;
                }
                if (_flow == FlowState.Return)
                {
                    break;
                }
            }
        }
        finally
        {
            _loopDepth--;
            _context.PopLoop();
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
        var frame = new ScriptObject();
        var loop = new ScriptObject();
        frame.SetValue("while", loop, readOnly: false);
        _context.PushLoop(frame);
        _loopDepth++;
        try
        {
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
                if (_flow == FlowState.Break)
                {
                    _flow = FlowState.None;
                    break;
                }
                if (_flow == FlowState.Continue)
                {
                    _flow = FlowState.None;
                    continue;
                }
                if (_flow == FlowState.Return)
                {
                    break;
                }
            }
        }
        finally
        {
            _loopDepth--;
            _context.PopLoop();
        }
        return null;
    }

    private void RunTableRow(ScriptForStatement node, List<object?> items, int columns)
    {
        var rows = new List<object?>();
        _context.Write(node.Span, "<tr class=\"row1\">");
        var row = 1;
        var index = 0;
        var frame = new ScriptObject();
        var loop = new ScriptObject();
        frame.SetValue("tablerow", loop, readOnly: false);
        _context.PushLoop(frame);
        _loopDepth++;
        try
        {
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
                SetLoopVariable(frame, node.Variable, item);
                _context.Write(node.Span, $"<td class=\"col{column}\">");
                node.Body?.Accept(this);
                _context.Write(node.Span, "</td>");
                index++;
                if (_flow == FlowState.Break)
                {
                    _flow = FlowState.None;
                    break;
                }
                if (_flow == FlowState.Continue)
                {
                    _flow = FlowState.None;
                }
                if (_flow == FlowState.Return)
                {
                    break;
                }
            }
        }
        finally
        {
            _loopDepth--;
            _context.PopLoop();
        }
        _context.Write(node.Span, "</tr>\n");
        rows.Clear();
    }

    private static readonly object True = true;
    private static readonly object False = false;

    private static object Box(bool value) => value ? True : False;
}
