using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Aws.Local.Auth;
using Aws.Local.Host;
using Aws.Local.Storage;

namespace Aws.Local.Services.Iam;

public sealed partial class IamService
{
    private void RegisterMfa()
    {
        _handlers["CreateVirtualMFADevice"] = (c, a) =>
        {
            var name = c.Required("VirtualMFADeviceName");
            var path = c.Str("Path") ?? "/";
            var serial = a.Arn("mfa", path, name);
            if (a.MfaDevices.ContainsKey(serial))
                throw LocalServiceException.AlreadyExists("MFADevice entity at the same path and name already exists.");
            var seed = Totp.ToBase32(RandomNumberGenerator.GetBytes(40));
            var device = new JsonObject { ["SerialNumber"] = serial, ["_seed"] = seed, ["_created"] = IamAccount.Now(c.Now) };
            IamTags.Merge(device, c.Input["Tags"] as JsonArray);
            a.MfaDevices[serial] = device;
            return new JsonObject
            {
                ["VirtualMFADevice"] = new JsonObject
                {
                    ["SerialNumber"] = serial,
                    // A blob: the base32 text the authenticator app is given, base64-encoded on the wire.
                    ["Base32StringSeed"] = Convert.ToBase64String(Encoding.ASCII.GetBytes(seed)),
                    ["QRCodePNG"] = Convert.ToBase64String(MfaQrCode.Png(name, c.AccountId, seed)),
                },
            };
        };
        _handlers["EnableMFADevice"] = (c, a) =>
        {
            var user = c.Required("UserName");
            a.User(user);
            var device = MfaDevice(a, c.Required("SerialNumber"));
            if (device.Str("_user") is not null)
                throw LocalServiceException.AlreadyExists("MFA Device is already in use.");
            var secret = Totp.FromBase32(device.Str("_seed")!);
            // Two consecutive codes, allowing a little clock drift as AWS does.
            var step = Totp.Match(secret, c.Required("AuthenticationCode1"), c.Now, window: 4);
            if (step is null || Totp.Code(secret, step.Value + 1) != c.Required("AuthenticationCode2"))
                throw new LocalServiceException("InvalidAuthenticationCode", "Authentication code for device is not valid.", 403);
            device["_user"] = user;
            device["EnableDate"] = IamAccount.Now(c.Now);
            return [];
        };
        _handlers["ResyncMFADevice"] = (c, a) => { MfaDevice(a, c.Required("SerialNumber")); return []; };
        _handlers["DeactivateMFADevice"] = (c, a) =>
        {
            var device = MfaDevice(a, c.Required("SerialNumber"));
            var user = c.Str("UserName") ?? c.Principal.UserName;
            if (device.Str("_user") is not { } owner || (user is not null && owner != user))
                throw LocalServiceException.NoSuchEntity($"MFA Device with serial number {c.Str("SerialNumber")} does not exist.");
            device.Remove("_user");
            device.Remove("EnableDate");
            return [];
        };
        _handlers["DeleteVirtualMFADevice"] = (c, a) =>
        {
            var serial = c.Required("SerialNumber");
            var device = MfaDevice(a, serial);
            if (device.Str("_user") is not null) throw LocalServiceException.DeleteConflict("MFA Device is still in use");
            a.MfaDevices.Remove(serial);
            return [];
        };
        _handlers["ListMFADevices"] = (c, a) =>
        {
            var user = TargetUser(c, a);
            return IamPaging.Page(c, a.MfaDevices.Select(d => (JsonObject)d.Value!).Where(d => d.Str("_user") is { } u && u == user)
                .Select(d => (JsonNode?)new JsonObject { ["UserName"] = user, ["SerialNumber"] = d.Str("SerialNumber"), ["EnableDate"] = d.Str("EnableDate") }),
                "MFADevices");
        };
        _handlers["ListVirtualMFADevices"] = (c, a) =>
        {
            var status = c.Str("AssignmentStatus") ?? "Any";
            var devices = a.MfaDevices.Select(d => (JsonObject)d.Value!)
                .Where(d => status == "Any" || (status == "Assigned") == (d.Str("_user") is not null))
                .Select(d =>
                {
                    var output = new JsonObject { ["SerialNumber"] = d.Str("SerialNumber") };
                    if (d.Str("_user") is { } u && a.Users[u] is JsonObject user)
                    {
                        output["User"] = user.DeepClone();
                        output["EnableDate"] = d.Str("EnableDate");
                    }
                    return (JsonNode?)output;
                });
            return IamPaging.Page(c, devices, "VirtualMFADevices");
        };
    }

    private static JsonObject MfaDevice(IamAccount a, string serial) => a.MfaDevices[serial] as JsonObject
        ?? throw LocalServiceException.NoSuchEntity($"VirtualMFADevice with serial number {serial} doesn't exist.");
}
