using Aws.Core.Model;

namespace Aws.Local.Host;

/// <summary>
/// Resolves every operation and shape of a model once, up front: the model caches are filled lazily and are not
/// safe to fill from several threads, while reading them afterwards is. The server handles requests in parallel.
/// </summary>
internal static class ModelWarmup
{
    public static void Touch(ServiceModel model)
    {
        var seen = new HashSet<Shape>(ReferenceEqualityComparer.Instance);
        foreach (var name in model.OperationNames)
        {
            var op = model.GetOperation(name);
            if (op is null) continue;
            Visit(op.Input, seen);
            Visit(op.Output, seen);
            foreach (var error in op.Errors) Visit(error, seen);
        }
    }

    private static void Visit(Shape? shape, HashSet<Shape> seen)
    {
        if (shape is null || !seen.Add(shape)) return;
        _ = shape.Required;
        switch (shape.Type)
        {
            case "structure": foreach (var (_, member) in shape.Members) Visit(member, seen); break;
            case "list": Visit(shape.Member, seen); break;
            case "map": Visit(shape.Key, seen); Visit(shape.Value, seen); break;
        }
    }
}
