using System.Text.Json.Nodes;
using Aws.Local.Tests.Federation;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Services;

public class IamProviderTests
{
    private readonly LocalCloudFixture _f = new();
    private const string Thumb = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

    private string Account => _f.Account.AccountId;

    private static JsonArray Tags(string key, string value) => new(new JsonObject { ["Key"] = key, ["Value"] = value });

    [Fact]
    public void Saml_provider_lifecycle()
    {
        var created = _f.Ok("iam", "CreateSAMLProvider", new()
        {
            ["Name"] = "ExampleIdP", ["SAMLMetadataDocument"] = SamlDocuments.Metadata(), ["Tags"] = Tags("team", "id"),
        });
        var arn = created["SAMLProviderArn"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{Account}:saml-provider/ExampleIdP", arn);
        _f.Fails("EntityAlreadyExists", "iam", "CreateSAMLProvider", new() { ["Name"] = "ExampleIdP", ["SAMLMetadataDocument"] = SamlDocuments.Metadata() });

        var got = _f.Ok("iam", "GetSAMLProvider", new() { ["SAMLProviderArn"] = arn });
        Assert.Contains("EntityDescriptor", got["SAMLMetadataDocument"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(got["CreateDate"]);
        // No validUntil in the metadata: valid for a hundred years.
        Assert.True(got["ValidUntil"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddYears(99));
        Assert.Equal("team", got["Tags"]![0]!["Key"]!.GetValue<string>());

        _f.Ok("iam", "UpdateSAMLProvider", new() { ["SAMLProviderArn"] = arn, ["SAMLMetadataDocument"] = SamlDocuments.Metadata(validUntil: "2040-01-01T00:00:00Z") });
        var listed = _f.Ok("iam", "ListSAMLProviders")["SAMLProviderList"]!.AsArray().Single()!;
        Assert.Equal(arn, listed["Arn"]!.GetValue<string>());
        Assert.Equal(2040, listed["ValidUntil"]!.GetValue<DateTimeOffset>().Year);

        _f.Ok("iam", "TagSAMLProvider", new() { ["SAMLProviderArn"] = arn, ["Tags"] = Tags("env", "dev") });
        Assert.Equal(2, _f.Ok("iam", "ListSAMLProviderTags", new() { ["SAMLProviderArn"] = arn })["Tags"]!.AsArray().Count);
        _f.Ok("iam", "UntagSAMLProvider", new() { ["SAMLProviderArn"] = arn, ["TagKeys"] = new JsonArray("team") });
        Assert.Single(_f.Ok("iam", "ListSAMLProviderTags", new() { ["SAMLProviderArn"] = arn })["Tags"]!.AsArray());

        _f.Ok("iam", "DeleteSAMLProvider", new() { ["SAMLProviderArn"] = arn });
        _f.Fails("NoSuchEntity", "iam", "GetSAMLProvider", new() { ["SAMLProviderArn"] = arn });
        Assert.Empty(_f.Ok("iam", "ListSAMLProviders")["SAMLProviderList"]!.AsArray());
    }

    [Fact]
    public void Saml_metadata_must_be_an_entity_descriptor()
    {
        var notXml = new string('x', 1200);
        Assert.Equal("Could not parse metadata", _f.Fails("InvalidInput", "iam", "CreateSAMLProvider", new() { ["Name"] = "p", ["SAMLMetadataDocument"] = notXml }).Message);
        var wrongRoot = "<root>" + new string(' ', 1200) + "</root>";
        _f.Fails("InvalidInput", "iam", "CreateSAMLProvider", new() { ["Name"] = "p", ["SAMLMetadataDocument"] = wrongRoot });
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + SamlDocuments.Metadata()[SamlDocuments.Metadata().IndexOf("<md:", StringComparison.Ordinal)..];
        _f.Fails("InvalidInput", "iam", "CreateSAMLProvider", new() { ["Name"] = "p", ["SAMLMetadataDocument"] = dtd });
        _f.Fails("ValidationError", "iam", "CreateSAMLProvider", new() { ["Name"] = "p", ["SAMLMetadataDocument"] = "<short/>" });
        _f.Fails("ValidationError", "iam", "CreateSAMLProvider", new() { ["Name"] = "bad name", ["SAMLMetadataDocument"] = SamlDocuments.Metadata() });
    }

    [Fact]
    public void Oidc_provider_lifecycle()
    {
        var created = _f.Ok("iam", "CreateOpenIDConnectProvider", new()
        {
            ["Url"] = "https://token.actions.githubusercontent.com", ["ClientIDList"] = new JsonArray("sts.amazonaws.com"),
            ["ThumbprintList"] = new JsonArray(Thumb), ["Tags"] = Tags("ci", "github"),
        });
        var arn = created["OpenIDConnectProviderArn"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{Account}:oidc-provider/token.actions.githubusercontent.com", arn);
        _f.Fails("EntityAlreadyExists", "iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://token.actions.githubusercontent.com", ["ThumbprintList"] = new JsonArray(Thumb) });

        _f.Ok("iam", "AddClientIDToOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["ClientID"] = "my-app" });
        _f.Ok("iam", "AddClientIDToOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["ClientID"] = "my-app" });
        _f.Ok("iam", "RemoveClientIDFromOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["ClientID"] = "sts.amazonaws.com" });
        _f.Ok("iam", "RemoveClientIDFromOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["ClientID"] = "never-there" });
        _f.Ok("iam", "UpdateOpenIDConnectProviderThumbprint", new() { ["OpenIDConnectProviderArn"] = arn, ["ThumbprintList"] = new JsonArray(Thumb, new string('a', 40)) });

        var got = _f.Ok("iam", "GetOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn });
        Assert.Equal("token.actions.githubusercontent.com", got["Url"]!.GetValue<string>());
        Assert.Equal(["my-app"], got["ClientIDList"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(2, got["ThumbprintList"]!.AsArray().Count);
        Assert.Equal("ci", got["Tags"]![0]!["Key"]!.GetValue<string>());

        _f.Ok("iam", "TagOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["Tags"] = Tags("env", "prod") });
        _f.Ok("iam", "UntagOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn, ["TagKeys"] = new JsonArray("ci") });
        Assert.Equal("env", _f.Ok("iam", "ListOpenIDConnectProviderTags", new() { ["OpenIDConnectProviderArn"] = arn })["Tags"]![0]!["Key"]!.GetValue<string>());

        Assert.Equal(arn, _f.Ok("iam", "ListOpenIDConnectProviders")["OpenIDConnectProviderList"]![0]!["Arn"]!.GetValue<string>());
        _f.Ok("iam", "DeleteOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn });
        var missing = _f.Fails("NoSuchEntity", "iam", "GetOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn });
        Assert.Equal($"OpenIDConnect Provider not found for arn {arn}", missing.Message);
    }

    [Fact]
    public void Oidc_provider_arn_keeps_the_issuer_path()
    {
        var arn = _f.Ok("iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://Issuer.Example.com/tenant/v2/", ["ThumbprintList"] = new JsonArray(Thumb) })
            ["OpenIDConnectProviderArn"]!.GetValue<string>();
        Assert.Equal($"arn:aws:iam::{Account}:oidc-provider/issuer.example.com/tenant/v2", arn);
    }

    [Theory]
    [InlineData("http://insecure.example.com")]
    [InlineData("not a url")]
    [InlineData("https://example.com/?q=1")]
    public void Oidc_url_must_be_https(string url) =>
        _f.Fails("InvalidInput", "iam", "CreateOpenIDConnectProvider", new() { ["Url"] = url, ["ThumbprintList"] = new JsonArray(Thumb) });

    [Fact]
    public void Oidc_thumbprints_are_at_most_five_sha1_hex_strings()
    {
        var six = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode?)new string((char)('a' + i), 40))]);
        _f.Fails("InvalidInput", "iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://a.example.com", ["ThumbprintList"] = six });
        _f.Fails("ValidationError", "iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://a.example.com", ["ThumbprintList"] = new JsonArray("abc") });
        _f.Fails("InvalidInput", "iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://a.example.com", ["ThumbprintList"] = new JsonArray(new string('z', 40)) });
    }

    [Fact]
    public void Provider_operations_are_authorized_on_the_provider_arn()
    {
        var reader = _f.UserWithKey("reader", "IAMReadOnlyAccess");
        var arn = _f.Ok("iam", "CreateOpenIDConnectProvider", new() { ["Url"] = "https://a.example.com", ["ThumbprintList"] = new JsonArray(Thumb) })
            ["OpenIDConnectProviderArn"]!.GetValue<string>();
        _f.Ok("iam", "GetOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn }, reader);
        var denied = _f.Fails("AccessDenied", "iam", "DeleteOpenIDConnectProvider", new() { ["OpenIDConnectProviderArn"] = arn }, reader);
        Assert.Contains($"iam:DeleteOpenIDConnectProvider on resource: {arn}", denied.Message, StringComparison.Ordinal);
        var samlDenied = _f.Fails("AccessDenied", "iam", "CreateSAMLProvider", new() { ["Name"] = "x", ["SAMLMetadataDocument"] = SamlDocuments.Metadata() }, reader);
        Assert.Contains($"on resource: arn:aws:iam::{Account}:saml-provider/x", samlDenied.Message, StringComparison.Ordinal);
    }
}
