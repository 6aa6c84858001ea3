namespace Aws.Core.Config;

/// <summary>How a setting's text is interpreted by the typed getters.</summary>
public enum SettingType
{
    String,
    Boolean,
    Integer,
    Float,
    /// <summary>A byte size such as "8MB" or "1048576" (s3 transfer settings).</summary>
    Size,
    /// <summary>A file path; "~" is expanded when read.</summary>
    Path,
}
