using ReportBuilder.Survey.Codebooks;
using ReportBuilder.Survey.Corrections;
using ReportBuilder.Survey.Frames;
using ReportBuilder.Survey.Model;

namespace ReportBuilder.Survey.Loading;

/// <summary>
/// Loads a wave: reads the codebook and frame, decodes, parses and validates the responses, applies the
/// corrections, and returns the immutable <see cref="SurveyData"/> with its audit trail, or every problem
/// found in one pass. Nothing loads when there is an error.
/// </summary>
public static class SurveyLoader
{
    /// <summary>Loads the wave described by <paramref name="files"/>.</summary>
    public static SurveyLoadResult Load(SurveyFiles files, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<SurveyProblem>();
        var (codebook, codebookProblems) = CodebookReader.ReadFile(files.Codebook);
        problems.AddRange(codebookProblems);
        if (codebook is null)
        {
            return new SurveyLoadResult(null, problems);
        }
        var framePath = files.Frame ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(files.Codebook))!, "..", "frames", codebook.Edition.FrameId + ".yaml");
        var (frame, frameProblems) = FrameReader.ReadFile(framePath);
        problems.AddRange(frameProblems);
        if (frame is null)
        {
            return new SurveyLoadResult(null, problems);
        }
        var corrections = files.Corrections is null ? (ReadOnlyMemory<byte>?)null : File.ReadAllBytes(files.Corrections);
        var result = Load(
            codebook,
            frame,
            files.Responses,
            File.ReadAllBytes(files.Responses),
            files.Corrections,
            corrections,
            options);
        return problems.Count == 0 ? result : result with { Problems = [.. problems, .. result.Problems] };
    }

    /// <summary>
    /// Loads a wave from bytes in memory: <paramref name="responses"/> named <paramref name="responsesName"/> in
    /// messages, with the corrections in <paramref name="corrections"/> when given.
    /// </summary>
    public static SurveyLoadResult Load(
        Codebook codebook,
        Frame frame,
        string responsesName,
        ReadOnlyMemory<byte> responses,
        string? correctionsName = null,
        ReadOnlyMemory<byte>? corrections = null,
        LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(responsesName);
        options ??= LoadOptions.Default;
        var problems = new List<SurveyProblem>();
        if (codebook.Edition.FrameId != frame.Id)
        {
            problems.Add(new SurveyProblem(responsesName, 0, null, frame.Id, $"the codebook of {codebook.Edition.Id} samples from frame {codebook.Edition.FrameId}, not this one"));
        }
        var rows = TextDecoder.TryToUtf8(responses, responsesName, options.Encoding, problems, out var text)
            ? ResponseReader.Read(text, responsesName, codebook, frame, problems)
            : [];
        List<AppliedCorrection> applied = [];
        if (corrections is not null)
        {
            var name = correctionsName ?? "corrections";
            var read = TextDecoder.TryToUtf8(corrections.Value, name, options.Encoding, problems, out var correctionText)
                ? CorrectionReader.Read(correctionText, name, problems)
                : [];
            if (!problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                (rows, applied) = CorrectionApplier.Apply(rows, read, codebook, problems);
            }
        }
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return new SurveyLoadResult(null, problems);
        }
        return new SurveyLoadResult(new SurveyData(codebook, frame, rows, applied, responsesName), problems);
    }
}
