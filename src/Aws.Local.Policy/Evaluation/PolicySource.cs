using Aws.Local.Policy.Documents;

namespace Aws.Local.Policy.Evaluation;

/// <summary>A policy document with the identity the simulator and error messages report for it.</summary>
public sealed class PolicySource
{
    public PolicySource(string id, PolicyDocument document, PolicySourceType sourceType = PolicySourceType.None,
        string? arn = null)
    {
        Id = id;
        Document = document;
        SourceType = sourceType;
        Arn = arn;
    }

    /// <summary>SourcePolicyId: the inline policy name, managed policy name, or "PolicyInputList.1" etc.</summary>
    public string Id { get; }

    public PolicyDocument Document { get; }

    public PolicySourceType SourceType { get; }

    /// <summary>The managed policy ARN, when there is one.</summary>
    public string? Arn { get; }

    /// <summary>Parses <paramref name="json"/> (throws MalformedPolicyDocumentException) and wraps it.</summary>
    public static PolicySource Parse(string id, string json, PolicySourceType sourceType = PolicySourceType.None,
        string? arn = null) => new(id, PolicyDocument.Parse(json), sourceType, arn);
}
