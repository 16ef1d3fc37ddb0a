namespace BriefingBook.Templating.Runtime.Evaluation;

/// <summary>Whether statements run on, or unwind to a loop (<c>break</c>, <c>continue</c>) or to a function (<c>ret</c>).</summary>
internal enum FlowState
{
    None,
    Break,
    Continue,
    Return,
}
