/// Why two names are suspected of naming one road. The raw values are what the
/// JSONL contract prints, so a clerk (and a script) can filter on them.
public enum AliasEvidenceKind: String, Sendable, Codable, CaseIterable {
    /// A name recorded as a former or colloquial name of one road is still the
    /// standard name of another active road.
    case registeredName = "registered-name"
    /// Legacy text says so: 和平路(原淮海东路), 即X路, 又名X路.
    case legacyText = "legacy-text"
    /// A legacy line written with one road name was matched to another road.
    case legacyMatch = "legacy-match"
    /// One estate has doorplates under both names.
    case sameEstate = "same-estate"
    /// One building of an estate is recorded under both names.
    case sameBuilding = "same-building"
    /// Both roads run between the same two points.
    case sameExtent = "same-extent"
    /// One road ends where the other starts; weak, since the segments of one
    /// line (长江北路 / 长江路) do exactly that and are different roads.
    case abuttingExtent = "abutting-extent"
    /// Most of one road's line runs along the other's (stored geometry).
    case sameGeometry = "same-geometry"
    /// The names read or write alike. Only ever strengthens other evidence.
    case similarName = "similar-name"
    /// The names differ only in 方位 or 序数: segments of one line, which the
    /// archive keeps as different roads. Weakens the link.
    case segmentNames = "segment-names"
}
