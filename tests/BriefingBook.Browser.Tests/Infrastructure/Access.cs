namespace BriefingBook.Browser.Tests.Infrastructure;

/// <summary>How a test opens the book: from disk (<c>file://</c>) or through the local HTTP server.</summary>
public enum Access
{
    Disk,
    Http,
}
