namespace Aws.EndToEnd.Tests.Infrastructure;

[CollectionDefinition("moto")]
public sealed class MotoCollection : ICollectionFixture<MotoServer>;
