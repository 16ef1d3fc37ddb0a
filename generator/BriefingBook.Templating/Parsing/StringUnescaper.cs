using System.Text;

namespace BriefingBook.Templating.Parsing;

/// <summary>Turns the escape sequences of a string literal (already validated by the lexer) into characters.</summary>
internal static class StringUnescaper
{
    /// <summary>Unescapes <paramref name="source"/> from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public static string Unescape(string source, int start, int end)
    {
        var backslash = source.IndexOf('\\', start, Math.Max(0, end - start));
        if (backslash < 0)
        {
            return source.Substring(start, Math.Max(0, end - start));
        }
        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }
            i++;
            switch (source[i])
            {
                case '0': builder.Append('\0'); break;
                case '\n': break;
                case '\r':
                    if (i + 1 < end && source[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'v': builder.Append('\v'); break;
                case 'u':
                    builder.Append(ReadHex(source, ref i, 4, end));
                    break;
                case 'x':
                    builder.Append(ReadHex(source, ref i, 2, end));
                    break;
                default:
                    builder.Append(source[i]);
                    break;
            }
        }
        return builder.ToString();
    }

    private static char ReadHex(string source, ref int index, int count, int end)
    {
        var value = 0;
        for (var n = 0; n < count && index + 1 < end; n++)
        {
            index++;
            value = (value << 4) | Convert.ToInt32(source[index].ToString(), 16);
        }
        return (char)value;
    }
}
