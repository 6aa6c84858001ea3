namespace Aws.Local.Policy.Validation;

/// <summary>
/// A policy document IAM would reject; <see cref="Exception.Message"/> is the text AWS puts in its
/// MalformedPolicyDocument error (e.g. "Syntax errors in policy.").
/// </summary>
public sealed class MalformedPolicyDocumentException(string message) : Exception(message)
{
    /// <summary>The AWS error code for this failure.</summary>
    public const string ErrorCode = "MalformedPolicyDocument";

    public const string SyntaxErrors = "Syntax errors in policy.";
}
