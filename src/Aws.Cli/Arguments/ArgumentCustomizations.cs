namespace Aws.Cli.Arguments;

/// <summary>The CLI's per-service changes to an operation's options, applied in the CLI's order.</summary>
internal static class ArgumentCustomizations
{
    public static void Apply(List<CliArgument> args, string service, string operation)
    {
        if (service == "ec2" && operation == "run-instances") AddCount(args);
        if (service == "iam" && operation == "create-virtual-mfa-device") Customizations.Iam.VirtualMfaBootstrap.AddArguments(args);
        foreach (var (key, newName) in ArgumentRenames.Renames)
            if (Matches(key, service, operation, out var original)) Rename(args, original, newName);
        foreach (var (key, alias) in ArgumentRenames.HiddenAliases)
            if (Matches(key, service, operation, out var original)) AddHiddenAlias(args, original, alias);
        // Registered after the renames, so "--no-disable-api-termination" of a {"Value": bool} keeps its name.
        if (service == "ec2") PullUpBooleans(args);
    }

    private static bool Matches(string key, string service, string operation, out string argName)
    {
        var parts = key.Split('.');
        argName = parts[2];
        return parts[0] == service && (parts[1] == "*" || parts[1] == operation);
    }

    // --count replaces --min-count/--max-count; MinCount/MaxCount then default to 1.
    private static void AddCount(List<CliArgument> args)
    {
        args.Add(new CliArgument("count", CliArgumentKind.Count, "string") { Documentation = CliInputHelp.Count });
        args.RemoveAll(a => a.Name is "min-count" or "max-count");
    }

    // {"Value": boolean} structures become --flag / --no-flag (the structure can still be given as a value).
    private static void PullUpBooleans(List<CliArgument> args)
    {
        foreach (var arg in args.ToArray())
        {
            if (arg.Kind != CliArgumentKind.Member || arg.Shape is not { IsStructure: true } s) continue;
            if (s.Members.Count != 1 || !s.Members.TryGetValue("Value", out var v) || v.Type != "boolean") continue;
            var i = args.IndexOf(arg);
            args[i] = new CliArgument(arg.Name, CliArgumentKind.ValueFlag, arg.TypeName)
                { MemberName = arg.MemberName, Shape = s, Documentation = arg.Documentation, GroupName = arg.Name };
            args.Add(new CliArgument("no-" + arg.Name, CliArgumentKind.NegatedValueFlag, arg.TypeName)
                { MemberName = arg.MemberName, Shape = s, Documentation = arg.Documentation, GroupName = arg.Name });
        }
    }

    // The renamed option moves to the end of the table (awscli re-inserts it); flags keep their shared dest.
    private static void Rename(List<CliArgument> args, string original, string newName)
    {
        var i = args.FindIndex(a => a.Name == original);
        if (i < 0) return;
        var arg = args[i];
        args.RemoveAt(i);
        arg.Name = newName;
        if (arg.Kind is not (CliArgumentKind.Flag or CliArgumentKind.NegatedFlag)) arg.Dest = newName.Replace('-', '_');
        args.Add(arg);
    }

    private static void AddHiddenAlias(List<CliArgument> args, string original, string alias)
    {
        var current = args.Find(a => a.Name == original);
        if (current is null) return;
        var copy = current.CopyAs(alias);
        copy.Dest = alias.Replace('-', '_');
        copy.Hidden = true;
        copy.Required = false;
        current.Required = false;
        args.Add(copy);
    }
}
