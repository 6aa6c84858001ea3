namespace Aws.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var catalog = Aws.Core.Model.ModelCatalog.FromEnvironment(Environment.GetEnvironmentVariable,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
        Console.WriteLine(string.Join(' ', catalog.ServiceNames.Count));
        return 0;
    }
}
