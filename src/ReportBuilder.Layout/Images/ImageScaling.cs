namespace ReportBuilder.Layout.Images;

/// <summary>How an image is placed in the box it is given.</summary>
public enum ImageScaling
{
    /// <summary>The whole image, as large as fits, proportions kept, centred (empty bands where the
    /// box's proportions differ).</summary>
    Fit,

    /// <summary>The box filled, proportions kept, centred; what overflows is cropped away.</summary>
    Fill,

    /// <summary>The whole image stretched to the box, proportions not kept.</summary>
    Stretch,
}
