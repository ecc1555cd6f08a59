using ReportBuilder.Survey.Model;

namespace ReportBuilder.Tests.Survey;

public sealed class AnswersTests
{
    [Fact]
    public void Missing_stays_missing_and_is_not_zero()
    {
        var answers = new Answers(["a", "b", "c"], [0, null, 10]);
        Assert.Equal(0, answers["a"]);
        Assert.Null(answers["b"]);
        Assert.Equal(10, answers["c"]);
        Assert.Equal([0, null, 10], answers.Values);
    }

    [Fact]
    public void Fractions_and_large_values_are_kept_exactly()
    {
        var answers = new Answers(["a", "b", "c"], [7.25, null, 1000]);
        Assert.Equal(7.25, answers["a"]);
        Assert.Null(answers["b"]);
        Assert.Equal(1000, answers["c"]);
    }

    [Fact]
    public void With_returns_a_changed_copy_and_equality_is_by_value()
    {
        var answers = new Answers(["a", "b"], [1, 2]);
        var changed = answers.With("b", null);
        Assert.Equal(2, answers["b"]);
        Assert.Null(changed["b"]);
        Assert.Equal(new Answers(["a", "b"], [1, null]), changed);
        Assert.NotEqual(answers, changed);
        Assert.Equal(new Answers(["a", "b"], [1.0, 2.0]).GetHashCode(), answers.GetHashCode());
        Assert.Equal(0.5, answers.With("a", 0.5)["a"]);
        Assert.Throws<KeyNotFoundException>(() => answers["z"]);
    }

    [Theory]
    [InlineData(new[] { 0.0, double.NaN, 10.0 })]
    [InlineData(new[] { 7.25, double.NaN, 1000.0 })]
    public void The_position_indexer_and_CopyTo_read_the_same_answers_as_the_column_indexer(double[] raw)
    {
        string[] columns = ["a", "b", "c"];
        var values = raw.Select(v => double.IsNaN(v) ? (double?)null : v).ToArray();
        var answers = new Answers(columns, values);
        Assert.Equal(3, answers.Count);
        for (var i = 0; i < columns.Length; i++)
        {
            Assert.Equal(values[i], answers[i]);
            Assert.Equal(answers[columns[i]], answers[i]);
        }
        var copy = new double?[4];
        copy[3] = 42;
        answers.CopyTo(copy);
        Assert.Equal([.. values, 42], copy);
        Assert.Throws<ArgumentOutOfRangeException>(() => answers[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => answers[-1]);
        Assert.Throws<ArgumentException>(() => answers.CopyTo(new double?[2]));
    }
}
