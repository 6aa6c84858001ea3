using Aws.EndToEnd.Tests.Infrastructure;

namespace Aws.EndToEnd.Tests.Credentials;

/// <summary>
/// AWS CLI 2.9.19 has no AWS_ENDPOINT_URL_STS, so the STS client its assume-role provider makes cannot be pointed at
/// moto. This shim runs the real CLI (its Python package) with that one client sent to SHIM_ENDPOINT_STS; everything
/// else (the provider, its cache, the output) is the real CLI's own code.
/// </summary>
internal static class RealCliShim
{
    private const string Script = """
        import os, sys
        import awscli  # puts the CLI's own botocore on the path
        import botocore.session
        _create = botocore.session.Session.create_client
        def create_client(self, service_name, *args, **kwargs):
            url = os.environ.get('SHIM_ENDPOINT_' + service_name.upper().replace('-', '_'))
            if url and not kwargs.get('endpoint_url'):
                kwargs['endpoint_url'] = url
            return _create(self, service_name, *args, **kwargs)
        botocore.session.Session.create_client = create_client
        import awscli.clidriver
        sys.exit(awscli.clidriver.main())
        """;

    /// <summary>The system python3 (the one /usr/bin/aws runs on) running the shim, or null when the real CLI's Python package is not installed.</summary>
    public static (Cli Python, string ScriptPath)? Create(string folder)
    {
        if (!File.Exists("/usr/bin/aws") || !File.Exists("/usr/bin/python3")) return null;
        var path = Path.Combine(folder, "real-aws-shim.py");
        File.WriteAllText(path, Script);
        return (new Cli("/usr/bin/python3"), path);
    }
}
