using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Aws.Local.Host;
using Aws.Local.Storage;
using Aws.Local.Tests.Host;

namespace Aws.Local.Tests.Storage;

/// <summary>The whole request pipeline over the SQLite store: concurrent readers share one snapshot safely.</summary>
public sealed class LocalCloudOnDiskTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aws-local-disk-").FullName;

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Reads_and_writes_from_many_threads_all_succeed_and_a_second_cloud_sees_them()
    {
        var local = new LocalCloudFixture(_dir);
        var errors = new ConcurrentBag<string>();
        // Reads touch collections a new account has never written (groups, roles, policies...).
        string[] reads = ["ListUsers", "ListGroups", "ListRoles", "ListPolicies", "ListInstanceProfiles", "ListVirtualMFADevices"];
        Parallel.For(0, 240, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var parsed = i % 4 == 0
                ? local.Call("iam", "CreateUser", new JsonObject { ["UserName"] = "u" + i })
                : i % 4 == 1 ? local.Call("sts", "GetCallerIdentity") : local.Call("iam", reads[i % reads.Length]);
            if (parsed.Error is { } e) errors.Add($"{i}: {e.Code} {e.Message}");
        });
        Assert.Empty(errors);
        Assert.Equal(61, local.Ok("iam", "ListUsers", new JsonObject { ["MaxItems"] = 1000 })["Users"]!.AsArray().Count);

        // Another cloud on the same folder (another process, in effect) answers the same keys with the same state.
        var other = new LocalCloud(new LocalCloudOptions { DataDirectory = _dir });
        Assert.Equal([local.Account.AccountId], AccountSetup.Accounts(other.Store));
        Assert.Equal(61, other.Store.Read(s => new Aws.Local.Services.Iam.IamAccount(s, local.Account.AccountId).Users.Count));
        Assert.IsType<SqliteStateStore>(other.Store);
    }
}
