namespace ReportBuilder.Narrative;

/// <summary>A block of narrative text: a <see cref="Paragraph"/> or a <see cref="BulletList"/>. Templates
/// produce these, never raw PDF or HTML; the document stage turns them into layout text.</summary>
public abstract record TextBlock;
