using System.Text;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.AspNetCore.Http;

namespace EwpGateway.UnitTests.Infrastructure.Protocol;

public sealed class EwpParametersTests
{
    [Fact]
    public async Task ReadAsync_Get_QueryValuesInOrder()
    {
        var parameters = await ReadAsync("GET", "?echo=b&echo=a&echo=b");

        Assert.Equal(["b", "a", "b"], parameters.GetAll("echo"));
    }

    [Fact]
    public async Task ReadAsync_PostForm_BodyValues()
    {
        var parameters = await ReadAsync("POST", "", "iia_id=1&iia_id=2", "application/x-www-form-urlencoded");

        Assert.Equal(["1", "2"], parameters.GetAll("iia_id"));
    }

    [Fact]
    public async Task ReadAsync_PostXml_415()
    {
        var context = Context("POST", "", "<x/>", "text/xml");

        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, TestContext.Current.CancellationToken);

        Assert.Null(parameters);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, error!.StatusCode);
    }

    [Theory]
    [InlineData("", "Missing required parameter 'iia_id'")]
    [InlineData("?iia_id=1&iia_id=2&iia_id=3", "at most 2 allowed")]
    public async Task RequiredIds_MissingOrOverMax_400(string query, string message)
    {
        var parameters = await ReadAsync("GET", query);

        var (_, error) = parameters.RequiredIds("iia_id", max: 2);

        Assert.Equal(400, error!.StatusCode);
        Assert.Contains(message, error.DeveloperMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredIds_ExactlyMaxWithDuplicates_Accepted()
    {
        var parameters = await ReadAsync("GET", "?iia_id=1&iia_id=1");

        var (values, error) = parameters.RequiredIds("iia_id", max: 2);

        Assert.Null(error);
        Assert.Equal(["1", "1"], values);
    }

    [Fact]
    public async Task OptionalSingle_GivenTwice_400()
    {
        var parameters = await ReadAsync("GET", "?modified_since=2004-02-12T15:19:21Z&modified_since=2004-02-12T15:19:21Z");

        Assert.Equal(400, parameters.ModifiedSince().Error!.StatusCode);
    }

    [Fact]
    public async Task RejectUnknown_ExtraParameter_NamesIt()
    {
        var parameters = await ReadAsync("GET", "?iia_id_param=1");

        var error = parameters.RejectUnknown("iia_id");

        Assert.Contains("'iia_id_param'", error!.DeveloperMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?receiving_academic_year_id=test/test", true, 400)]
    [InlineData("?receiving_academic_year_id=2010/2011&receiving_academic_year_id=2024/2024", true, 0)]
    [InlineData("?receiving_academic_year_id=2010/2011&receiving_academic_year_id=2011/2012", false, 400)]
    public async Task AcademicYears_Rules(string query, bool repeatable, int expectedStatus)
    {
        var parameters = await ReadAsync("GET", query);

        var (_, error) = parameters.AcademicYears("receiving_academic_year_id", repeatable);

        Assert.Equal(expectedStatus, error?.StatusCode ?? 0);
    }

    private static async Task<EwpParameters> ReadAsync(string method, string query, string? body = null, string? contentType = null)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(Context(method, query, body, contentType).Request, TestContext.Current.CancellationToken);
        Assert.Null(error);
        return parameters!;
    }

    private static DefaultHttpContext Context(string method, string query, string? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query);
        if (body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Request.Body = new MemoryStream(bytes);
            context.Request.ContentLength = bytes.Length;
            context.Request.ContentType = contentType;
        }

        return context;
    }
}
