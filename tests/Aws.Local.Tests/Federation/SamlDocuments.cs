using System.Text;

namespace Aws.Local.Tests.Federation;

/// <summary>SAML 2.0 IdP metadata and Responses as an identity provider (ADFS, Okta, ...) would send them to AWS.</summary>
public static class SamlDocuments
{
    public const string Issuer = "https://idp.example.com/saml";
    private static readonly Lazy<string> SigningCertificate = new(() => TestPki.Der(TestPki.SelfSigned("CN=idp.example.com").Certificate));

    public static string Metadata(string entityId = Issuer, string? validUntil = null) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{entityId}"{(validUntil is null ? "" : $" validUntil=\"{validUntil}\"")}>
          <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                <ds:X509Data><ds:X509Certificate>{SigningCertificate.Value}</ds:X509Certificate></ds:X509Data>
              </ds:KeyInfo>
            </md:KeyDescriptor>
            <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.com/sso"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """;

    /// <summary>A base64 samlp:Response carrying one assertion.</summary>
    public static string Response(string roleAttribute, DateTimeOffset notOnOrAfter, string? sessionName = "alice@example.com",
        string issuer = Issuer, string audience = "https://signin.aws.amazon.com/saml", string subject = "alice",
        string format = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")
    {
        var until = notOnOrAfter.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var sessionAttribute = sessionName is null ? "" : $"""
                  <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>{sessionName}</saml:AttributeValue></saml:Attribute>
            """;
        var xml = $"""
            <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0">
              <saml:Issuer>{issuer}</saml:Issuer>
              <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
              <saml:Assertion ID="_a1" Version="2.0">
                <saml:Issuer>{issuer}</saml:Issuer>
                <saml:Subject>
                  <saml:NameID Format="{format}">{subject}</saml:NameID>
                  <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
                    <saml:SubjectConfirmationData NotOnOrAfter="{until}" Recipient="https://signin.aws.amazon.com/saml"/>
                  </saml:SubjectConfirmation>
                </saml:Subject>
                <saml:Conditions NotOnOrAfter="{until}">
                  <saml:AudienceRestriction><saml:Audience>{audience}</saml:Audience></saml:AudienceRestriction>
                </saml:Conditions>
                <saml:AttributeStatement>
                  <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role"><saml:AttributeValue>{roleAttribute}</saml:AttributeValue></saml:Attribute>
            {sessionAttribute}
                </saml:AttributeStatement>
              </saml:Assertion>
            </samlp:Response>
            """;
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(xml));
    }
}
