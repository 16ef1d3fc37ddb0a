using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Functions;

/// <summary>Escaping, hashing, Base64 and conversions from text to numbers.</summary>
public sealed partial class StringFunctions : ScriptObject
{
    /// <summary>Escapes quotes, backslashes and control characters as a string literal would write them.</summary>
    public static string? Escape(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\a' => "\\a",
                '\b' => "\\b",
                '\t' => "\\t",
                '\r' => "\\r",
                '\v' => "\\v",
                '\f' => "\\f",
                '\n' => "\\n",
                < ' ' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    public static string? Literal(string? text) => text is null ? null : $"\"{Escape(text)}\"";

    public static string Md5(string? text) => Hex(MD5.HashData(Utf8(text)));

    public static string Sha1(string? text) => Hex(SHA1.HashData(Utf8(text)));

    public static string Sha256(string? text) => Hex(SHA256.HashData(Utf8(text)));

    public static string Sha512(string? text) => Hex(SHA512.HashData(Utf8(text)));

    public static string HmacSha1(string? text, string? secretKey) => Hex(HMACSHA1.HashData(Utf8(secretKey), Utf8(text)));

    public static string HmacSha256(string? text, string? secretKey) => Hex(HMACSHA256.HashData(Utf8(secretKey), Utf8(text)));

    public static string HmacSha512(string? text, string? secretKey) => Hex(HMACSHA512.HashData(Utf8(secretKey), Utf8(text)));

    public static string Base64Encode(string? text) => Convert.ToBase64String(Utf8(text));

    public static string Base64Decode(string? text) => Encoding.UTF8.GetString(Convert.FromBase64String(text ?? string.Empty));

    /// <summary>The int written in <paramref name="text"/> in the render's culture, or null.</summary>
    public static object? ToInt(TemplateContext context, string? text) =>
        int.TryParse(text, NumberStyles.Integer, context.CurrentCulture, out var value) ? value : null;

    public static object? ToLong(TemplateContext context, string? text) =>
        long.TryParse(text, NumberStyles.Integer, context.CurrentCulture, out var value) ? value : null;

    public static object? ToFloat(TemplateContext context, string? text) =>
        float.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, context.CurrentCulture, out var value) ? value : null;

    public static object? ToDouble(TemplateContext context, string? text) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, context.CurrentCulture, out var value) ? value : null;

    private static byte[] Utf8(string? text) => Encoding.UTF8.GetBytes(text ?? string.Empty);

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
