using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>Compares aggregates as JSON, with decimals normalised (databases give back 5.00 for 5).</summary>
internal static class DbJson
{
    private static readonly JsonSerializerOptions s_options = new() { Converters = { new NormalizedDecimal() } };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, s_options);

    private sealed class NormalizedDecimal : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteRawValue((value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture));
    }
}
