using System.Text;
using BriefingBook.Templating.Conformance;

// Usage: BriefingBook.Templating.Conformance TEMPLATE_FILE (SCRIBAN_LANG = default | liquid | scientific).
// Writes the rendered text, the parse errors or the runtime error to stdout; exits 0 on success, 1 on a reported error.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: BriefingBook.Templating.Conformance TEMPLATE_FILE");
    return 1;
}

var language = Environment.GetEnvironmentVariable("SCRIBAN_LANG") ?? "default";
var text = File.ReadAllText(args[0], new UTF8Encoding(false));
var (output, status) = CaseRenderer.Render(text, language);

using var stdout = Console.OpenStandardOutput();
var bytes = new UTF8Encoding(false).GetBytes(output);
stdout.Write(bytes, 0, bytes.Length);
return status;
