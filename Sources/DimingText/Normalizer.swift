/// Address text normalization (issue: normalization and parsing engine).
/// Filled in by the normalization work; see Tests/DimingTextTests.
public enum DimingTextModule {}
