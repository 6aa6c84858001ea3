namespace Aws.Local.Policy.Simulation;

/// <summary>
/// A simulator ContextEntries item. <see cref="Type"/> is IAM's ContextKeyType (string, stringList, numeric,
/// numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, dateList); values are kept as text
/// and interpreted by the condition operator, as IAM does.
/// </summary>
public sealed record ContextEntry(string Name, IReadOnlyList<string> Values, string Type = "string");
