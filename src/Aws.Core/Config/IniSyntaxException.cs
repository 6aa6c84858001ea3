namespace Aws.Core.Config;

/// <summary>Raised by <see cref="IniParser"/>; the loader turns it into <see cref="ConfigParseException"/>.</summary>
public sealed class IniSyntaxException(string message) : Exception(message);
