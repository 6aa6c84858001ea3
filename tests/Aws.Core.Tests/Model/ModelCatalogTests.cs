using System.IO.Compression;
using System.Text;
using Aws.Core.Model;

namespace Aws.Core.Tests.Model;

/// <summary>Models from AWS_DATA_PATH (botocore's layout) are found, and win over the bundle.</summary>
public sealed class ModelCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("aws-data-path-").FullName;

    private void Write(string relative, string text, bool gzip = false)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!gzip) { File.WriteAllText(path, text); return; }
        using var gz = new GZipStream(File.Create(path + ".gz"), CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }

    private const string Model = """
        {"metadata": {"protocol": "json", "apiVersion": "2020-01-01", "endpointPrefix": "widgets", "jsonVersion": "1.1",
                      "targetPrefix": "Widgets", "serviceId": "Widgets"},
         "operations": {"ListWidgets": {"name": "ListWidgets", "http": {"method": "POST", "requestUri": "/"},
                                        "input": {"shape": "In"}, "output": {"shape": "Out"},
                                        "documentation": "<p>Lists widgets.</p>"}},
         "shapes": {"In": {"type": "structure", "members": {"Next": {"shape": "S"}}},
                    "Out": {"type": "structure", "members": {"Widgets": {"shape": "L"}}},
                    "L": {"type": "list", "member": {"shape": "S"}}, "S": {"type": "string"}}}
        """;

    [Fact]
    public void A_new_service_in_the_data_path_becomes_a_command()
    {
        Write("widgets/2019-01-01/service-2.json", Model.Replace("2020", "2019").Replace("ListWidgets", "OldOp"));
        Write("widgets/2020-01-01/service-2.json", Model);
        Write("widgets/2020-01-01/paginators-1.json", """{"pagination": {"ListWidgets": {"input_token": "Next", "output_token": "Next", "result_key": "Widgets"}}}""");
        var catalog = new ModelCatalog(ModelBundle.Embedded, [_root]);
        Assert.Contains("widgets", catalog.ServiceNames);
        var model = catalog.Load("widgets")!;
        Assert.Equal(["ListWidgets"], model.OperationNames);
        Assert.Equal("<p>Lists widgets.</p>", model.GetOperation("ListWidgets")!.Documentation);
        Assert.True(model.Paginators.TryGetProperty("ListWidgets", out _));
    }

    [Fact]
    public void Data_path_models_win_over_the_bundle_and_s3_maps_to_s3api()
    {
        Write("sts/2011-06-15/service-2.json", Model, gzip: true);
        Write("s3/2006-03-01/service-2.json", Model);
        var catalog = new ModelCatalog(ModelBundle.Embedded, [_root]);
        Assert.Equal(["ListWidgets"], catalog.Load("sts")!.OperationNames);
        Assert.Equal(["ListWidgets"], catalog.Load("s3api")!.OperationNames);
        Assert.DoesNotContain("s3", catalog.ServiceNames);
        Assert.Contains("GetCallerIdentity", new ModelCatalog(ModelBundle.Embedded, []).Load("sts")!.OperationNames);
    }

    [Fact]
    public void Catalog_reads_AWS_DATA_PATH_and_the_home_models_folder()
    {
        Write("widgets/2020-01-01/service-2.json", Model);
        var env = new Dictionary<string, string?> { ["AWS_DATA_PATH"] = _root };
        Assert.Contains("widgets", ModelCatalog.FromEnvironment(k => env.GetValueOrDefault(k), "/nonexistent").ServiceNames);
        Assert.DoesNotContain("widgets", ModelCatalog.FromEnvironment(_ => null, "/nonexistent").ServiceNames);
    }

    public void Dispose() => Directory.Delete(_root, true);
}
