/// A fault the matcher found in a legacy address, or a fact a reviewer should
/// know: machine-readable codes, written to the output's `reasons` column.
public enum MatchReason: String, Sendable, CaseIterable, Codable {
    /// The road name has a one- or two-character typo (人民路 written 人明路).
    case typoInRoad = "typo_in_road"
    /// The road name is written with characters that sound the same (仁民路).
    case homophoneRoad = "homophone_road"
    /// A former name of the road, recorded in the registry (和平路, formerly 淮海东路).
    case formerRoadName = "former_road_name"
    /// A colloquial or variant name recorded in the registry.
    case colloquialRoadName = "colloquial_road_name"
    /// Same 专名, another 通名 (劳动街 for 劳动路).
    case genericDiffers = "generic_differs"
    /// Same 专名, direction or ordinal missing or different (劳动路 for 劳动北路).
    case directionDiffers = "direction_differs"
    /// The estate name has a typo or sounds the same.
    case typoInEstate = "typo_in_estate"
    /// Province, city or county not written; inferred from the registry.
    case missingLevel = "missing_level"
    /// The road or estate exists but not with this doorplate or room.
    case numberNotFound = "number_not_found"
    /// The doorplate exists without the written sub-number, or the other way round.
    case subNumberMismatch = "sub_number_mismatch"
    /// The unit (单元) was not written; found from building and room.
    case unitMissing = "unit_missing"
    /// A doorplate of an estate, written without building, unit and room.
    case roomsNotGiven = "rooms_not_given"
    /// The address names the estate, not the road and doorplate.
    case estateInsteadOfRoad = "estate_instead_of_road"
    /// The written division does not contain the road found.
    case divisionMismatch = "division_mismatch"
    /// The written town (街道, 镇) is not the registry's town for the address.
    case townMismatch = "town_mismatch"
    /// Several registry addresses fit equally well.
    case ambiguous
    /// The registry address has been retired.
    case retiredAddress = "retired_address"
    /// Phone numbers or similar noise were set aside.
    case noiseRemoved = "noise_removed"
    /// No road, estate or village of the registry could be found in the text.
    case noRoadOrEstate = "no_road_or_estate"
    /// No doorplate number, building or room could be read.
    case noNumber = "no_number"
    /// The line is empty or holds no address text.
    case emptyInput = "empty_input"
}
