namespace Aws.Cli.Output;

/// <summary>What a paginated command hands to the formatter, matching CLI v2.</summary>
public enum PageMode
{
    /// <summary>json, table, yaml: call <see cref="IOutputFormatter.Write"/> once with the merged full result
    /// (result keys concatenated, non-aggregate keys, NextToken when truncated).</summary>
    Merged,

    /// <summary>text: call <see cref="IOutputFormatter.WritePage"/> per page with an object holding, on the
    /// first page, the paginator's non-aggregate keys and then its result keys; on later pages only the result
    /// keys (each result key is set even when the page lacks it, as null). Query applied to that object.
    /// Then <see cref="IOutputFormatter.Finish"/> with the resume token.</summary>
    ResultKeysPerPage,

    /// <summary>yaml-stream: call <see cref="IOutputFormatter.WritePage"/> per raw page (ResponseMetadata
    /// removed, query applied), then <see cref="IOutputFormatter.Finish"/>.</summary>
    WholePagePerPage,
}
