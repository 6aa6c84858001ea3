namespace Aws.Local.Policy.Documents;

/// <summary>The Effect of a statement.</summary>
public enum PolicyEffect
{
    Allow,
    Deny,
}
