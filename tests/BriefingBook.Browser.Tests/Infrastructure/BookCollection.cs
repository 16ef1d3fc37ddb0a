namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>The browser tests share one build of the book and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BookCollection : ICollectionFixture<BuiltBook>
{
    public const string Name = "Built book";
}
