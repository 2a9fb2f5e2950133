/// What the rules found besides the text itself, gathered while they run.
struct NormalizationReport {
    var warnings: [NormalizationWarning] = []
    var subNumbers: [SubNumber] = []
    var villageGroups: [VillageGroupNumber] = []
}
