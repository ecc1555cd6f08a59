using ReportBuilder.Documents.Design;
using ReportBuilder.Layout.Fluent;
using ReportBuilder.Localization;

namespace ReportBuilder.Documents.Parts;

/// <summary>The visible mark that a publication is built from synthetic data: a badge for running heads, a
/// banner for covers and poster footers.</summary>
public static class SyntheticMark
{
    /// <summary>The small badge ("SYNTHETIC DATA") of a running head.</summary>
    public static void Badge(IContainer container, Language language) =>
        container.Background(Theme.Accent).PaddingHorizontal(6).PaddingVertical(2)
            .Text(language.Capitals(PublicationWords.SyntheticShort[language]))
            .FontSize(TextStyles.SmallSize).Bold().LetterSpacing(0.06f).FontColor(Theme.White);

    /// <summary>The full-width banner with the whole sentence.</summary>
    public static void Banner(IContainer container, Language language) =>
        container.Background(Theme.Accent).PaddingHorizontal(10).PaddingVertical(7)
            .Text(PublicationWords.Synthetic[language]).FontSize(TextStyles.CaptionSize + 1).Bold().FontColor(Theme.White);
}
