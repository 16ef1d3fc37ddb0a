namespace BriefingBook.Generator.Tests.Markdown;

/// <summary>Runs every example of every spec document in <c>Markdown/Specs</c>.</summary>
public sealed class SpecTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in SpecDocument.Files())
        {
            foreach (var example in SpecDocument.Read(file))
            {
                data.Add(file, example.Number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string file, int number)
    {
        var example = SpecDocument.Read(file)[number - 1];
        Assert.Equal(example.Html, SpecRenderer.Render(example));
    }

    [Fact]
    public void Every_spec_document_has_examples()
    {
        Assert.NotEmpty(SpecDocument.Files());
        Assert.All(SpecDocument.Files(), file => Assert.NotEmpty(SpecDocument.Read(file)));
    }
}
