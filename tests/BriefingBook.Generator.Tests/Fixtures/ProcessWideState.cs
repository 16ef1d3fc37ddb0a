namespace BriefingBook.Generator.Tests.Fixtures;

/// <summary>Tests that change process-wide state (culture, time zone, console) run one at a time.</summary>
[CollectionDefinition(nameof(ProcessWideState), DisableParallelization = true)]
public sealed class ProcessWideState;
