using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBuilder.Localization;

/// <summary>A <see cref="LocalizedText"/> in JSON as the texts by language code, <c>{"en": "…", "fr": "…"}</c> (in an
/// erratum's file), never where it was read.</summary>
public sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    /// <inheritdoc/>
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a localized text is an object of texts by language code");
        }
        var texts = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var code = reader.GetString() ?? "";
            reader.Read();
            texts.Add(new KeyValuePair<string, string>(code, reader.GetString() ?? ""));
        }
        return new LocalizedText(texts);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Key is not null)
        {
            throw new NotSupportedException($"a text that is a word of each language ({value.Key}) has no texts to write");
        }
        writer.WriteStartObject();
        foreach (var (code, text) in value.Pairs)
        {
            writer.WriteString(code, text);
        }
        writer.WriteEndObject();
    }
}
