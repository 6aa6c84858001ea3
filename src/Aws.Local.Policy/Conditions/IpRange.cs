using System.Net;
using System.Net.Sockets;

namespace Aws.Local.Policy.Conditions;

/// <summary>An IPv4 or IPv6 CIDR block (a bare address is a /32 or /128).</summary>
public readonly struct IpRange
{
    private readonly byte[] _network;

    private IpRange(byte[] network, int prefixLength)
    {
        _network = network;
        PrefixLength = prefixLength;
    }

    public int PrefixLength { get; }

    public AddressFamily Family => _network.Length == 4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;

    public static bool TryParse(string text, out IpRange range)
    {
        range = default;
        var slash = text.IndexOf('/');
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText.Trim(), out var address))
            return false;
        var bytes = address.GetAddressBytes();
        int prefix = bytes.Length * 8;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], out prefix) || prefix < 0 || prefix > bytes.Length * 8))
            return false;
        range = new IpRange(bytes, prefix);
        return true;
    }

    /// <summary>True when <paramref name="ipText"/> parses and lies in the block (IPv4-mapped IPv6 counts as IPv4).</summary>
    public bool Contains(string ipText)
    {
        if (_network is null || !IPAddress.TryParse(ipText.Trim(), out var ip))
            return false;
        if (ip.IsIPv4MappedToIPv6 && _network.Length == 4)
            ip = ip.MapToIPv4();
        var bytes = ip.GetAddressBytes();
        if (bytes.Length != _network.Length)
            return false;
        int full = PrefixLength / 8, remaining = PrefixLength % 8;
        for (int i = 0; i < full; i++)
        {
            if (bytes[i] != _network[i])
                return false;
        }
        if (remaining == 0)
            return true;
        int mask = 0xFF << (8 - remaining) & 0xFF;
        return (bytes[full] & mask) == (_network[full] & mask);
    }
}
