namespace Aws.Local.Policy.Validation;

/// <summary>Which IAM rules a policy document is validated against.</summary>
public enum PolicyKind
{
    /// <summary>Identity-based (inline or managed), permissions boundary or session policy: no Principal, Resource required.</summary>
    Identity,

    /// <summary>A role trust policy: Principal required, no Resource, only sts:AssumeRole*-style actions.</summary>
    Trust,

    /// <summary>Another resource-based policy (bucket, queue, key): Principal required, 2008-10-17 accepted.</summary>
    Resource,
}
