using System.Text;
using BriefingBook.Templating.Parsing;

namespace BriefingBook.Templating.Runtime;

/// <summary>The output of a render: a stack of buffers, so that <c>capture</c>, functions and includes can collect text.</summary>
public partial class TemplateContext
{
    private readonly List<StringBuilder> _outputs = new() { new StringBuilder() };
    private readonly Stack<StringBuilder> _freeBuffers = new();
    private bool _previousTextWasNewLine;

    /// <summary>The indentation repeated after each newline written, while a block that records one runs.</summary>
    internal string? CurrentIndent { get; set; }

    internal void ResetPreviousNewLine() => _previousTextWasNewLine = false;

    internal StringBuilder Output => _outputs[^1];

    /// <summary>Starts collecting output in a new buffer.</summary>
    internal void PushOutput()
    {
        var buffer = _freeBuffers.Count > 0 ? _freeBuffers.Pop() : new StringBuilder();
        _outputs.Add(buffer);
    }

    /// <summary>Stops collecting output and returns what was written since the matching <see cref="PushOutput"/>.</summary>
    internal string PopOutput()
    {
        var buffer = _outputs[^1];
        _outputs.RemoveAt(_outputs.Count - 1);
        var text = buffer.ToString();
        buffer.Clear();
        if (buffer.Capacity <= 4096)
        {
            _freeBuffers.Push(buffer);
        }
        return text;
    }

    /// <summary>Writes text to the current output, failing once the output limit is passed.</summary>
    public void Write(SourceSpan span, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Write(span, text, 0, text.Length);
        }
    }

    internal void Write(SourceSpan span, string source, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }
        var output = Output;
        if (OutputLimit > 0 && output.Length + length > OutputLimit)
        {
            throw new ScriptRuntimeException(span, $"The output exceeds the limit of `{OutputLimit}` characters.");
        }
        var indent = CurrentIndent;
        if (indent is null)
        {
            output.Append(source, start, length);
            return;
        }

        var index = start;
        var end = start + length;
        while (index < end)
        {
            if (_previousTextWasNewLine)
            {
                output.Append(indent);
                _previousTextWasNewLine = false;
            }
            var newLine = source.IndexOf('\n', index, end - index);
            if (newLine < 0)
            {
                output.Append(source, index, end - index);
                break;
            }
            output.Append(source, index, newLine - index + 1);
            index = newLine + 1;
            _previousTextWasNewLine = true;
        }
    }

    /// <summary>Returns the text rendered so far at the outermost level and clears it.</summary>
    internal string TakeRootOutput()
    {
        var text = _outputs[0].ToString();
        _outputs[0].Clear();
        return text;
    }

    internal void ResetOutput()
    {
        while (_outputs.Count > 1)
        {
            PopOutput();
        }
        _outputs[0].Clear();
    }
}
