using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Aws.Local.Host;
using Aws.Local.Services.Iam;

namespace Aws.Local.Services.Sts;

/// <summary>
/// The parts of a base64 SAML 2.0 Response that AssumeRoleWithSAML uses: issuer, subject (NameID and format),
/// subject confirmation recipient, audiences, validity window and attributes (Role, RoleSessionName, SessionDuration).
/// XML signatures are not verified (see <see cref="StsService"/>'s SAML notes).
/// </summary>
public sealed record SamlAssertion(string Issuer, string Subject, string? SubjectFormat, string? Recipient, IReadOnlyList<string> Audiences,
    DateTimeOffset? NotBefore, DateTimeOffset? NotOnOrAfter, IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes)
{
    public const string AssertionNamespace = "urn:oasis:names:tc:SAML:2.0:assertion";
    public const string ProtocolNamespace = "urn:oasis:names:tc:SAML:2.0:protocol";
    public const string RoleAttribute = "https://aws.amazon.com/SAML/Attributes/Role";
    public const string RoleSessionNameAttribute = "https://aws.amazon.com/SAML/Attributes/RoleSessionName";
    public const string SessionDurationAttribute = "https://aws.amazon.com/SAML/Attributes/SessionDuration";

    private static XName A(string name) => XName.Get(name, AssertionNamespace);

    public static LocalServiceException Invalid(string message) => new("InvalidIdentityToken", message);

    public static SamlAssertion Parse(string base64)
    {
        XDocument document;
        try
        {
            document = SafeXml.Load(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64.Trim())));
        }
        catch (Exception e) when (e is FormatException or XmlException)
        {
            throw Invalid("Invalid base64 SAMLResponse: it does not decode to XML.");
        }
        var root = document.Root ?? throw Invalid("The SAML response is empty.");
        XElement assertion;
        if (root.Name == XName.Get("Response", ProtocolNamespace))
        {
            var status = root.Element(XName.Get("Status", ProtocolNamespace))?.Element(XName.Get("StatusCode", ProtocolNamespace))?.Attribute("Value")?.Value;
            if (status is not null && status != "urn:oasis:names:tc:SAML:2.0:status:Success")
                throw Invalid($"The SAML response's status is {status}.");
            assertion = root.Element(A("Assertion")) ?? throw Invalid("The SAML response has no Assertion (encrypted assertions are not supported).");
        }
        else
        {
            assertion = root.Name == A("Assertion") ? root : throw Invalid("The SAML document is neither a samlp:Response nor a saml:Assertion.");
        }
        var issuer = assertion.Element(A("Issuer"))?.Value.Trim() ?? root.Element(A("Issuer"))?.Value.Trim()
            ?? throw Invalid("The SAML assertion has no Issuer.");
        var subject = assertion.Element(A("Subject"));
        var nameId = subject?.Element(A("NameID")) ?? throw Invalid("The SAML assertion has no Subject NameID.");
        var confirmation = subject.Element(A("SubjectConfirmation"))?.Element(A("SubjectConfirmationData"));
        var conditions = assertion.Element(A("Conditions"));
        var audiences = conditions?.Elements(A("AudienceRestriction")).Elements(A("Audience")).Select(a => a.Value.Trim()).ToList() ?? [];
        var attributes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var attribute in assertion.Elements(A("AttributeStatement")).Elements(A("Attribute")))
            if (attribute.Attribute("Name")?.Value is { } name)
                attributes[name] = [.. attribute.Elements(A("AttributeValue")).Select(v => v.Value.Trim())];
        return new SamlAssertion(issuer, nameId.Value.Trim(), nameId.Attribute("Format")?.Value, confirmation?.Attribute("Recipient")?.Value,
            audiences, Earliest(Time(conditions, "NotBefore"), null), Earliest(Time(conditions, "NotOnOrAfter"), Time(confirmation, "NotOnOrAfter")),
            attributes);
    }

    /// <summary>saml:sub_type: "persistent" or "transient" for those SAML formats, else the format as given.</summary>
    public string SubjectType => SubjectFormat switch
    {
        "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" => "persistent",
        "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" => "transient",
        null => "unspecified",
        var other => other,
    };

    public IReadOnlyList<string> Attribute(string name) => Attributes.TryGetValue(name, out var v) ? v : [];

    private static DateTimeOffset? Time(XElement? element, string attribute) =>
        element?.Attribute(attribute)?.Value is { } text
            ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
                : throw Invalid($"The SAML assertion's {attribute} is not a date.")
            : null;

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
