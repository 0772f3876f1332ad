namespace PrecedentGraph.Analysis;

/// <summary>Which build of the extractor analysed a document. The store keeps it per document, so that an ingest after
/// an upgrade analyses unchanged files again instead of keeping what an older extractor made of them.</summary>
public static class AnalyzerVersion
{
    /// <summary>The module version id of this assembly: the build is deterministic, so it changes exactly when the
    /// compiled code changes (a Debug and a Release build of the same source differ too).</summary>
    public static string Current { get; } = typeof(AnalyzerVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
