namespace Aws.Cli.Output;

/// <summary>The Python type a JSON node becomes in the CLI (json.loads semantics).</summary>
internal enum PyKind { None, Bool, Int, Float, Str, Dict, List }
