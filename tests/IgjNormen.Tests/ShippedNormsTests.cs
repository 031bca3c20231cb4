using IgjNormen.Loading;
using IgjNormen.Testing;
using IgjNormen.Tests.Support;
using Xunit;

namespace IgjNormen.Tests;

public class ShippedNormsTests
{
    [Fact]
    public void Shipped_norms_load_without_errors()
    {
        var result = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.NotEmpty(result.Model.Norms);
    }

    [Fact]
    public void Every_shipped_voorbeeld_passes()
    {
        var result = NormModelLoader.LoadFolder(RepositoryRoot.Combine("norms"));
        var failures = ExampleRunner.RunAll(result.Model).Where(o => !o.Passed).Select(o => o.Failure!.ToString());
        Assert.Empty(failures);
    }
}
