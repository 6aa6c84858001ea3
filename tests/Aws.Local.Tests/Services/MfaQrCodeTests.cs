using Aws.Local.Services.Iam;

namespace Aws.Local.Tests.Services;

public class MfaQrCodeTests
{
    [Fact]
    public void Uri_follows_the_key_uri_format_with_aws_labels()
    {
        Assert.Equal("otpauth://totp/Amazon%20Web%20Services:bob%20phone@123456789012?secret=ABC234&issuer=Amazon%20Web%20Services",
            MfaQrCode.Uri("bob phone", "123456789012", "ABC234"));
    }

    [Fact]
    public void Png_is_a_png_image()
    {
        var png = MfaQrCode.Png("bob", "123456789012", "JBSWY3DPEHPK3PXP");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.True(png.Length > 100);
    }
}
