using System.Globalization;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Loading;

/// <summary>What an answer cell of a question may hold, and the message when it does not.</summary>
internal sealed class CellRule
{
    private readonly bool[] _allowed;

    private CellRule(QuestionType type, int minimum, int maximum, IEnumerable<int> allowed, string expectation)
    {
        Type = type;
        Minimum = minimum;
        Maximum = maximum;
        _allowed = new bool[maximum - minimum + 1];
        foreach (var value in allowed)
        {
            _allowed[value - minimum] = true;
        }
        Expectation = expectation;
    }

    public QuestionType Type { get; }

    public int Minimum { get; }

    public int Maximum { get; }

    public string Expectation { get; }

    public static CellRule For(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var min = question.Minimum;
        var max = Math.Max(question.Maximum, min);
        string Range() => $"a whole number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
        return question.Type switch
        {
            QuestionType.YesNo => new CellRule(question.Type, 0, 1, [0, 1], "0 (no) or 1 (yes)"),
            QuestionType.MultipleChoice => new CellRule(question.Type, 0, 1, [0, 1], "0 or 1 (one column per option)"),
            QuestionType.SingleChoice => new CellRule(
                question.Type,
                question.Asked.Select(o => o.Code).DefaultIfEmpty(min).Min(),
                question.Asked.Select(o => o.Code).DefaultIfEmpty(max).Max(),
                question.Asked.Select(o => o.Code),
                "one of the option codes " + string.Join(", ", question.Asked.Select(o => o.Code)
                    .Order().Select(c => c.ToString(CultureInfo.InvariantCulture)))),
            _ => new CellRule(question.Type, min, max, Enumerable.Range(min, max - min + 1), Range()),
        };
    }

    /// <summary>Parses a cell: blank is missing (null, no error); otherwise a whole number this rule allows, or an error message.</summary>
    public double? Parse(string cell, out string? error) => Parse(System.Text.Encoding.UTF8.GetBytes(cell), out error);

    /// <summary>Parses a UTF-8 cell; see <see cref="Parse(string, out string?)"/>.</summary>
    public double? Parse(ReadOnlySpan<byte> cell, out string? error)
    {
        error = null;
        // Fast path: one or two ASCII digits, by far the most common cell.
        if (cell.Length == 1 && (uint)(cell[0] - '0') <= 9)
        {
            return Check(cell[0] - '0', out error);
        }
        if (cell.Length == 2 && (uint)(cell[0] - '0') <= 9 && (uint)(cell[1] - '0') <= 9)
        {
            return Check(((cell[0] - '0') * 10) + (cell[1] - '0'), out error);
        }
        var text = cell.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']);
        if (text.IsEmpty)
        {
            return null;
        }
        if (!NumberCell.TryParse(text, out var value))
        {
            error = "not a number (expected " + Expectation + ")";
            return null;
        }
        return Check(value, out error);
    }

    private double? Check(double value, out string? error)
    {
        error = null;
        if (value != Math.Floor(value))
        {
            error = "not a whole number (expected " + Expectation + ")";
            return null;
        }
        if (value < Minimum || value > Maximum || !_allowed[(int)value - Minimum])
        {
            error = Type switch
            {
                QuestionType.MultipleChoice => "a multiple-choice cell must be 0 or 1",
                QuestionType.YesNo => "a yes/no cell must be 0 (no) or 1 (yes)",
                _ => "out of range (expected " + Expectation + ")",
            };
            return null;
        }
        return value;
    }
}
