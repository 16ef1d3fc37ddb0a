using BriefingBook.Generator.Analyse;
using BriefingBook.Generator.Config;
using BriefingBook.Generator.Diagnostics;
using BriefingBook.Generator.Load;
using BriefingBook.Generator.Model;
using BriefingBook.Generator.Parse;

namespace BriefingBook.Generator.Tests.Serve;

/// <summary>The book of a test site as the stages leave it: parsed only, or analysed too.</summary>
public static class ModelStages
{
    public static Model.Site Parsed(string root)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigReader.Read(Path.Combine(root, "site.yml"), diagnostics)!;
        var site = ContentParser.Parse(config, ContentLoader.Load(config, diagnostics), false, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return site;
    }

    public static Model.Site Analysed(string root)
    {
        var site = Parsed(root);
        var diagnostics = new DiagnosticBag();
        SiteAnalyser.Run(site, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return site;
    }
}
