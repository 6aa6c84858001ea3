using Aws.Core.Model;

namespace Aws.Core.Protocols.Http;

/// <summary>Looks up the member a parameter names; an unknown name is the caller's error.</summary>
public static class ParameterMembers
{
    public static Shape Find(Shape structure, string name) =>
        structure.Members.TryGetValue(name, out var member) ? member
            : throw new ArgumentException($"Unknown parameter \"{name}\" for {structure}.");
}
