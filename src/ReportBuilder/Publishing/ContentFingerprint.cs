using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ReportBuilder.Publishing;

/// <summary>
/// The SHA-256 of a content value: every field of every object it holds (public or not, declared or inherited), walked
/// by runtime type, so that whatever a publication prints — it prints only its content — is in its fingerprint
/// without anyone listing it. Numbers are hashed by their bits, strings by their UTF-8, collections in their order.
/// A content value must be a value: a delegate, a pointer, a handle or a cycle is refused, never hashed by identity.
/// </summary>
public static class ContentFingerprint
{
    private const int MaxDepth = 96;

    /// <summary>The lower-case hex SHA-256 of <paramref name="value"/>.</summary>
    /// <exception cref="ContentNotAValueException">The value holds something that is not a value (a delegate, a
    /// pointer or handle, a lazy value, a cycle).</exception>
    public static string Of(object? value)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var walker = new Walker(hash);
        walker.Write(value, 0, "content");
        walker.Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private sealed class Walker(IncrementalHash hash)
    {
        private readonly HashSet<object> _open = new(ReferenceEqualityComparer.Instance);

        // The bytes to hash, gathered and handed to the hash in blocks (one call per value is slow).
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _length;

        public void Write(object? value, int depth, string path)
        {
            if (value is null)
            {
                Tag('0');
                return;
            }
            var type = value.GetType();
            switch (value)
            {
                case string s:
                    Tag('s');
                    Text(s);
                    return;
                case Localization.Language language:
                    // A language is its code and its words file (format, typography and words), not its culture object.
                    Tag('L');
                    Text(language.Code);
                    Text(language.WordsHash);
                    return;
                case Localization.LocalizedText text:
                    // The texts, not where they were read (a line moving in a codebook changes nothing printed).
                    Tag('t');
                    Text(text.Key ?? "");
                    Write(text.Argument, depth + 1, path + ".Argument");
                    Int(text.Pairs.Count);
                    foreach (var (code, t) in text.Pairs)
                    {
                        Text(code);
                        Text(t);
                    }
                    return;
                case bool b:
                    Tag(b ? 'T' : 'F');
                    return;
                case char c:
                    Tag('c');
                    Int(c);
                    return;
                case Enum e:
                    Tag('e');
                    Text(type.FullName!);
                    Text(Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    return;
                case double d:
                    Tag('d');
                    Long(BitConverter.DoubleToInt64Bits(d));
                    return;
                case float f:
                    Tag('f');
                    Int(BitConverter.SingleToInt32Bits(f));
                    return;
                case decimal m:
                    Tag('m');
                    Text(m.ToString(CultureInfo.InvariantCulture));
                    return;
                case sbyte or byte or short or ushort or int or uint or long or ulong:
                    Tag('i');
                    Text(type.Name);
                    Text(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                    return;
                case DateTime t:
                    Tag('t');
                    Long(t.Ticks);
                    Int((int)t.Kind);
                    return;
                case DateOnly o:
                    Tag('o');
                    Int(o.DayNumber);
                    return;
                case TimeSpan span:
                    Tag('p');
                    Long(span.Ticks);
                    return;
                case byte[] bytes:
                    Tag('b');
                    Int(bytes.Length);
                    Bytes(bytes);
                    return;
                case Delegate:
                case IntPtr:
                case UIntPtr:
                case SafeHandle:
                case Type:
                case MemberInfo:
                    throw new ContentNotAValueException(path, $"holds a {type.Name}, which is not a value");
            }
            if (type.IsPointer || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Lazy<>)))
            {
                throw new ContentNotAValueException(path, $"holds a {type.Name}, which is not a value");
            }
            if (depth > MaxDepth)
            {
                throw new ContentNotAValueException(path, $"is nested more than {MaxDepth} levels deep");
            }
            var reference = !type.IsValueType;
            if (reference && !_open.Add(value))
            {
                throw new ContentNotAValueException(path, "holds itself (a cycle)");
            }
            try
            {
                if (value is IEnumerable items)
                {
                    // Lists, arrays, sets and dictionaries in their own order (content is built in a fixed order).
                    Tag('[');
                    Text(type.IsArray ? "array" : CollectionKind(type));
                    var index = 0;
                    foreach (var item in items)
                    {
                        Write(item, depth + 1, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]");
                        index++;
                    }
                    Tag(']');
                    Int(index);
                    return;
                }
                Tag('{');
                Text(type.FullName ?? type.Name);
                foreach (var field in Fields(type))
                {
                    Text(field.Name);
                    Write(field.GetValue(value), depth + 1, path + "." + Readable(field.Name));
                }
                Tag('}');
            }
            finally
            {
                if (reference)
                {
                    _open.Remove(value);
                }
            }
        }

        private static string CollectionKind(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(HashSet<>) || d == typeof(SortedSet<>)) ? "set" : "list";

        public void Flush()
        {
            hash.AppendData(_buffer, 0, _length);
            _length = 0;
        }

        private Span<byte> Room(int size)
        {
            if (_length + size > _buffer.Length)
            {
                Flush();
            }
            var room = _buffer.AsSpan(_length, size);
            _length += size;
            return room;
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            if (bytes.Length > _buffer.Length / 2)
            {
                Flush();
                hash.AppendData(bytes);
                return;
            }
            bytes.CopyTo(Room(bytes.Length));
        }

        private void Tag(char c) => Room(1)[0] = (byte)c;

        private void Int(int value) => BitConverter.TryWriteBytes(Room(4), value);

        private void Long(long value) => BitConverter.TryWriteBytes(Room(8), value);

        private void Text(string text)
        {
            var size = Encoding.UTF8.GetByteCount(text);
            Int(size);
            if (size > _buffer.Length / 2)
            {
                Bytes(Encoding.UTF8.GetBytes(text));
                return;
            }
            Encoding.UTF8.GetBytes(text, Room(size));
        }
    }

    private static readonly ConditionalWeakTable<Type, FieldInfo[]> FieldCache = [];

    /// <summary>Every instance field of <paramref name="type"/> and its bases, base first, each in name order.</summary>
    private static FieldInfo[] Fields(Type type) => FieldCache.GetValue(type, t =>
    {
        var chain = new List<Type>();
        for (var current = t; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            chain.Add(current);
        }
        chain.Reverse();
        return [.. chain.SelectMany(c => c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .OrderBy(f => f.Name, StringComparer.Ordinal))];
    });

    /// <summary>A field's name as its property reads ("&lt;Title&gt;k__BackingField" → "Title").</summary>
    private static string Readable(string field) =>
        field.StartsWith('<') && field.IndexOf('>', StringComparison.Ordinal) is > 0 and var end ? field[1..end] : field;
}
