using QRCoder;

namespace Aws.Local.Services.Iam;

/// <summary>
/// The QR code AWS returns for a virtual MFA device: a PNG of the otpauth:// URI (Key Uri Format) that authenticator
/// apps scan, naming the device and the account as AWS labels it.
/// </summary>
public static class MfaQrCode
{
    public static string Uri(string deviceName, string accountId, string base32Seed) =>
        $"otpauth://totp/Amazon%20Web%20Services:{System.Uri.EscapeDataString(deviceName)}@{accountId}"
        + $"?secret={base32Seed}&issuer=Amazon%20Web%20Services";

    public static byte[] Png(string deviceName, string accountId, string base32Seed)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri(deviceName, accountId, base32Seed), QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule: 4);
    }
}
