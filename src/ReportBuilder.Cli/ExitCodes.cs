namespace ReportBuilder.Cli;

/// <summary>The exit codes of `reportbuilder`, documented in --help and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>An input is invalid (data, codebook, frame, corrections, settings, SOURCE_DATE_EPOCH): nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown command or option, a missing value).</summary>
    public const int Usage = 2;

    /// <summary>The outputs could not be written (folder locked by another run, disk full, no permission), or an
    /// unexpected failure: nothing was changed.</summary>
    public const int CouldNotWrite = 3;
}
