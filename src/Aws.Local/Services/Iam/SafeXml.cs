using System.Xml;
using System.Xml.Linq;

namespace Aws.Local.Services.Iam;

/// <summary>Loads untrusted XML (SAML metadata and assertions) with DTDs and external entities refused.</summary>
public static class SafeXml
{
    public static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 10_000_000 };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader);
    }
}
