using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests;

/// <summary>Broken templates produce messages, never exceptions: every prefix of every golden template is parsed and, when valid, rendered.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void Every_prefix_of_every_golden_template_parses_and_renders_without_crashing()
    {
        var checkedCount = 0;
        foreach (var path in Directory.EnumerateFiles(GoldenRenderer.Folder, "*.txt").Where(path => !path.EndsWith(".out.txt", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            for (var length = 0; length <= text.Length; length++)
            {
                var prefix = text[..length];
                var template = Template.Parse(prefix, "prefix");
                Assert.All(template.Messages, message => Assert.StartsWith("prefix(", message.ToString()));
                if (!template.HasErrors)
                {
                    var context = new TemplateContext { LoopLimit = 50, RecursiveLimit = 20 };
                    context.PushGlobal(GoldenModel.Create());
                    try
                    {
                        template.Render(context);
                    }
                    catch (ScriptRuntimeException)
                    {
                    }
                }
                checkedCount++;
            }
        }
        Assert.True(checkedCount > 1000);
    }

    [Fact]
    public void Output_limit_stops_a_template_that_writes_too_much()
    {
        var template = Template.Parse("{{ for i in 1..100 }}{{ \"0123456789\" * 100 }}{{ end }}", "big");
        var context = new TemplateContext { OutputLimit = 5000 };
        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));
        Assert.Contains("output exceeds the limit of `5000`", error.Message);
    }

    [Fact]
    public void Recursion_without_limit_still_fails_cleanly_before_the_stack_overflows()
    {
        var template = Template.Parse("{{ func down; down; end; down }}", "deep");
        var context = new TemplateContext { RecursiveLimit = 0 };
        var error = Assert.Throws<ScriptRuntimeException>(() => template.Render(context));
        Assert.Contains("near to stack overflow", error.Message);
    }

    [Fact]
    public void Culture_is_invariant_unless_the_host_sets_one()
    {
        var template = Template.Parse("{{ 1234.5 }} {{ date.parse \"2024-03-01\" | date.to_string \"%d %B %Y\" }}", "culture");
        Assert.Equal("1234.5 01 March 2024", template.Render(new TemplateContext()));
        var french = new TemplateContext { CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR") };
        Assert.Equal("1234,5 01 mars 2024", template.Render(french));
    }
}
