using Aws.Local.Policy.Validation;

namespace Aws.Local.Policy.Documents;

/// <summary>
/// A parsed IAM policy document ({Version, Id, Statement}). Parsing accepts what the evaluator can model; use
/// <see cref="PolicyValidator"/> for AWS's full MalformedPolicyDocument checks before storing a policy.
/// </summary>
public sealed class PolicyDocument
{
    public const string Version2012 = "2012-10-17";
    public const string Version2008 = "2008-10-17";

    internal PolicyDocument(string text, string? version, string? id, IReadOnlyList<PolicyStatement> statements)
    {
        Text = text;
        Version = version;
        Id = id;
        Statements = statements;
    }

    /// <summary>The original JSON text (positions refer to it).</summary>
    public string Text { get; }

    /// <summary>The Version element, or null when absent (AWS then treats the policy as 2008-10-17).</summary>
    public string? Version { get; }

    public string? Id { get; }

    public IReadOnlyList<PolicyStatement> Statements { get; }

    /// <summary>Policy variables (<c>${aws:username}</c>) are only substituted in 2012-10-17 policies.</summary>
    public bool SupportsVariables => Version == Version2012;

    /// <summary>Parses a policy; throws <see cref="MalformedPolicyDocumentException"/> when it cannot be modelled.</summary>
    public static PolicyDocument Parse(string json) => PolicyReader.Read(json);

    /// <summary>Parses a policy, returning false and AWS's message instead of throwing.</summary>
    public static bool TryParse(string json, out PolicyDocument? document, out string? error)
    {
        try
        {
            document = PolicyReader.Read(json);
            error = null;
            return true;
        }
        catch (MalformedPolicyDocumentException e)
        {
            document = null;
            error = e.Message;
            return false;
        }
    }
}
