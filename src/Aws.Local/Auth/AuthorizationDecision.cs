namespace Aws.Local.Auth;

/// <summary>AWS's three outcomes: an explicit deny wins over an allow, which wins over the default implicit deny.</summary>
public enum AuthorizationDecision { Allow, ExplicitDeny, ImplicitDeny }
