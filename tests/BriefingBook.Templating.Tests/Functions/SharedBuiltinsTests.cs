using BriefingBook.Templating.Functions;
using BriefingBook.Templating.Runtime;

namespace BriefingBook.Templating.Tests.Functions;

/// <summary>One builtins object serves many renders, as the site uses it; each render starts from its values.</summary>
public sealed class SharedBuiltinsTests
{
    private readonly ScriptObject _shared = TemplateContext.CreateBuiltins();

    private string Render(string text) => Template.Parse(text, "t").Render(new TemplateContext(_shared));

    [Fact]
    public void A_date_format_set_by_one_render_does_not_reach_the_next()
    {
        Assert.Equal("2016", Render("{{ date.format = '%Y' }}{{ date.parse '2016-01-05' }}"));

        Assert.Equal("05 Jan 2016", Render("{{ date.parse '2016-01-05' }}"));
        Assert.Equal("%d %b %Y", Render("{{ date.format }}"));
        Assert.Equal(DateFunctions.DefaultFormat, ((DateFunctions)_shared["date"]!).CurrentFormat);
    }

    [Fact]
    public void The_g_pattern_reads_the_format_of_its_own_render()
    {
        // `%g` alone is the format in the invariant culture; the space written after `%g` stays.
        Assert.Equal(" 2016", Render("{{ date.format = '%Y' }}{{ date.to_string (date.parse '2016-01-05') '%g' }}"));

        Assert.Equal(" 05 Jan 2016", Render("{{ date.to_string (date.parse '2016-01-05') '%g' }}"));
    }

    [Fact]
    public void Members_a_template_adds_to_a_namespace_stay_in_its_render()
    {
        Assert.Equal("kept", Render("{{ string.extra = 'kept'; with math; answer = 42; end; string.extra }}"));

        Assert.Equal("||", Render("{{ string.extra }}|{{ math.answer }}|{{ string['extra'] }}"));
        Assert.False(((ScriptObject)_shared["string"]!).ContainsKey("extra"));
    }

    [Fact]
    public void A_format_the_host_sets_on_the_shared_builtins_is_every_render_s_default()
    {
        ((DateFunctions)_shared["date"]!)["format"] = "%Y-%m-%d";

        Assert.Equal("2016", Render("{{ date.format = '%Y' }}{{ date.parse '2016-01-05' }}"));
        Assert.Equal("2016-01-05", Render("{{ date.parse '2016-01-05' }}"));
    }

    [Fact]
    public void Renders_in_parallel_each_keep_their_own_format()
    {
        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(i => Render(i % 2 == 0 ? "{{ date.format = '%Y' }}{{ date.parse '2016-01-05' }}" : "{{ date.parse '2016-01-05' }}"))
            .ToList();

        Assert.All(results.Where((_, i) => i % 2 == 0), text => Assert.Equal("2016", text));
        Assert.All(results.Where((_, i) => i % 2 == 1), text => Assert.Equal("05 Jan 2016", text));
    }

    [Fact]
    public void An_overlay_reads_the_shared_members_in_order_and_keeps_its_own_writes()
    {
        var shared = new ScriptObject();
        shared.SetValue("fixed", 1, readOnly: true);
        shared.SetValue("setting", 2, readOnly: false);

        var overlay = shared.OverlayForRender();
        overlay["setting"] = 3;
        overlay["added"] = 4;

        Assert.False(overlay.CanWrite("fixed"));
        Assert.True(overlay.CanWrite("setting"));
        Assert.Equal(["fixed", "setting", "added"], overlay.Keys);
        Assert.Equal([1, 3, 4], overlay.Values);
        Assert.Equal(3, overlay.Count);
        Assert.Equal(2, shared["setting"]);
        Assert.False(shared.ContainsKey("added"));
        var copied = new KeyValuePair<string, object?>[3];
        ((ICollection<KeyValuePair<string, object?>>)overlay).CopyTo(copied, 0);
        Assert.Equal(overlay.ToArray(), copied);
    }

    [Fact]
    public void An_object_reached_under_two_names_has_one_overlay()
    {
        var space = new ScriptObject { ["format"] = "a" };
        var shared = new ScriptObject { ["date"] = space, ["alias"] = space };

        var overlay = shared.OverlayForRender();

        Assert.Same(overlay["date"], overlay["alias"]);
        Assert.NotSame(space, overlay["date"]);
    }
}
