using ReportBuilder.Localization;

namespace ReportBuilder.Survey.Model;

/// <summary>
/// The metadata of one wave of the survey (the 2018 barometer), as its codebook states it.
/// </summary>
/// <param name="Id">The edition's identifier, also the wave named in corrections ("2018").</param>
/// <param name="Year">The edition's year (2018).</param>
/// <param name="Title">The publication title in each language.</param>
/// <param name="FieldworkStart">The first day of fieldwork.</param>
/// <param name="FieldworkEnd">The last day of fieldwork.</param>
/// <param name="Publisher">Who publishes it, in each language.</param>
/// <param name="FrameId">The id of the frame the edition samples from (<see cref="Frame.Id"/>).</param>
/// <param name="PreviousEditionId">The earlier wave this one compares with ("2017"), or null for the first.</param>
/// <param name="IsSynthetic">True when the data are synthetic (the sample waves): every publication must say so visibly.</param>
/// <param name="Published">The day the edition is published (the date its publications carry), or null when the codebook
/// does not say (<see cref="PublicationDate"/> then falls back to the end of fieldwork).</param>
public sealed record Edition(
    string Id,
    int Year,
    LocalizedText Title,
    DateOnly FieldworkStart,
    DateOnly FieldworkEnd,
    LocalizedText Publisher,
    string FrameId,
    string? PreviousEditionId,
    bool IsSynthetic,
    DateOnly? Published = null)
{
    /// <summary>The date the publications carry when SOURCE_DATE_EPOCH does not set one: <see cref="Published"/>, or
    /// the last day of fieldwork (a date of the wave's own, never the clock nor a year written in code).</summary>
    public DateTime PublicationDate => (Published ?? FieldworkEnd).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
