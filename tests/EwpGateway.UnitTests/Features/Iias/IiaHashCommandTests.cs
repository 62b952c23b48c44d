using EwpGateway.Features.Iias;

namespace EwpGateway.UnitTests.Features.Iias;

public sealed class IiaHashCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("iia-hash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Run_File_HashTabPartnerOneIdPerIia()
    {
        var file = Write("a.xml", IiaHashCalculatorTests.DocExample());

        var (code, output, _) = await RunAsync(file);

        Assert.Equal(0, code);
        Assert.Equal("3b981b233ee3ba9fdf608c3d142d98d402f0a19018baaf5ac55e01f278d89455\tA-17", output.TrimEnd());
    }

    [Fact]
    public async Task Run_Explain_PrintsTextToHash()
    {
        var file = Write("a.xml", IiaHashCalculatorTests.DocExample());

        var (_, output, _) = await RunAsync(file, "--explain");

        Assert.Contains("text-to-hash: _iia-id_1=A-17__iia-id_2=B-9_", output, StringComparison.Ordinal);
        Assert.Contains("valid-for-approval: false", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AgainstCopyWithOtherFigures_NamesTheDifferingFields()
    {
        var ours = Write("ours.xml", IiaHashCalculatorTests.DocExample());
        var theirs = Write("theirs.xml", IiaHashCalculatorTests.DocExample()
            .Replace("<mobilities-per-year>2<", "<mobilities-per-year>3<", StringComparison.Ordinal)
            .Replace("<total-days-per-year>5.5</total-days-per-year>", "", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync(ours, "--against", theirs);

        Assert.Equal(0, code);
        Assert.Contains("different:               cooperation-conditions.staff-training-mobility-spec.mobilities-per-year: \"2\" vs \"3\"", output, StringComparison.Ordinal);
        Assert.Contains("only in the first copy:  cooperation-conditions.staff-training-mobility-spec.total-days-per-year = \"5.5\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AgainstIdenticalCopy_SaysSameHash()
    {
        var ours = Write("ours.xml", IiaHashCalculatorTests.DocExample());

        var (_, output, _) = await RunAsync(ours, "--against", ours);

        Assert.Contains("same hash as the second copy", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.xml", 1, "cannot read")]
    [InlineData("garbage.xml", 1, "is not an IIAs get-response")]
    public async Task Run_BadFile_ClearMessage(string name, int expectedCode, string message)
    {
        var path = Path.Combine(_folder, name);
        if (name == "garbage.xml")
        {
            File.WriteAllText(path, "<not xml");
        }

        var (code, _, error) = await RunAsync(path);

        Assert.Equal(expectedCode, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoFile_Usage()
    {
        var (code, _, error) = await RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("usage: iia-hash FILE", error, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await IiaHashCommand.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }
}
