namespace Aws.Core.Runtime.Pagination;

/// <summary>The service broke the paging contract (botocore's PaginationError).</summary>
public sealed class PaginationException(string message) : Exception(message);
