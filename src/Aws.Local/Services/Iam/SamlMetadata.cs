using System.Xml;
using System.Xml.Linq;
using Aws.Local.Host;

namespace Aws.Local.Services.Iam;

/// <summary>A SAML 2.0 metadata document as IAM accepts it: XML whose root is an md:EntityDescriptor with an entityID.</summary>
public sealed record SamlMetadata(string EntityId, DateTimeOffset? ValidUntil)
{
    public const string MetadataNamespace = "urn:oasis:names:tc:SAML:2.0:metadata";

    /// <summary>Parses the document; IAM's InvalidInput "Could not parse metadata" when it is not SAML metadata.</summary>
    public static SamlMetadata Parse(string xml)
    {
        var invalid = LocalServiceException.InvalidInput("Could not parse metadata");
        XElement root;
        try
        {
            root = SafeXml.Load(xml).Root ?? throw invalid;
        }
        catch (XmlException)
        {
            throw invalid;
        }
        // An EntitiesDescriptor wrapping one EntityDescriptor is accepted too.
        if (root.Name == XName.Get("EntitiesDescriptor", MetadataNamespace))
            root = root.Element(XName.Get("EntityDescriptor", MetadataNamespace)) ?? throw invalid;
        if (root.Name != XName.Get("EntityDescriptor", MetadataNamespace)) throw invalid;
        var entityId = root.Attribute("entityID")?.Value;
        if (string.IsNullOrEmpty(entityId) || root.Element(XName.Get("IDPSSODescriptor", MetadataNamespace)) is null) throw invalid;
        DateTimeOffset? validUntil = null;
        if (root.Attribute("validUntil")?.Value is { } until)
            validUntil = DateTimeOffset.TryParse(until, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : throw invalid;
        return new SamlMetadata(entityId, validUntil);
    }
}
