namespace Aws.Local.Policy.Documents;

/// <summary>
/// A line/column position in a policy document as IAM's simulator reports it: both 1-based, and the column points
/// just past the brace (AWS reports a one-line statement starting at character 37 as Column 38).
/// </summary>
public readonly record struct TextPosition(int Line, int Column);
