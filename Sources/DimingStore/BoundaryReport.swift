import DimingCore

/// The data of a joint inspection report for one round: per boundary, each
/// marker's condition in that round, counts, history across rounds, and the
/// actions decided. Renderers (JSON, HTML, Markdown) all work from this value.
///
/// The JSON form is a contract other tools read:
/// `{"round": N, "lines": [{"line": …, "markers": [{"number": …, "condition": …,
/// "displacement_m": …}], "counts": {…}}]}`. Fields may be added, never renamed.
/// For an ad hoc inspection (after a flood or road works) `round` is its
/// `ad-hoc:TITLE` string, and `round_kind` says `ad_hoc` (else `regular`).
public struct BoundaryReport: Sendable, Encodable {
    public var round: InspectionRoundID
    public var title: String
    public var startedOn: String?
    public var endedOn: String?
    public var lines: [Line]

    enum CodingKeys: String, CodingKey {
        case round, title, lines
        case roundKind = "round_kind"
        case startedOn = "started_on"
        case endedOn = "ended_on"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch round {
        case let .regular(n): try c.encode(n, forKey: .round)
        case .adHoc: try c.encode(round.description, forKey: .round)
        }
        try c.encode(round.kind, forKey: .roundKind)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(startedOn, forKey: .startedOn)
        try c.encodeIfPresent(endedOn, forKey: .endedOn)
        try c.encode(lines, forKey: .lines)
    }

    /// One boundary line or tripoint.
    public struct Line: Sendable, Encodable {
        public var line: String
        /// `line` (two sides) or `tripoint` (three).
        public var kind: String
        public var sides: [BoundarySide]
        public var markers: [Marker]
        /// Markers per condition word in this round, plus `not-inspected`. A
        /// marker with several conditions counts under each. Every key is
        /// always present, so readers need not guess.
        public var counts: [String: Int]
        /// Rounds in which the line was inspected, oldest first, with their counts.
        public var history: [RoundCounts]
        /// Markers that need work after this round.
        public var actions: [Action]
        public var notes: Notes?
        /// Things to fix in the registry that do not stop the report, such as
        /// markers with fewer than three reference objects (方位物).
        public var warnings: [String]
    }

    /// A reference object (方位物) of a marker.
    public struct Reference: Sendable, Encodable, Equatable {
        public var description: String
        public var bearingDeg: Double?
        public var distanceM: Double?

        enum CodingKeys: String, CodingKey {
            case description
            case bearingDeg = "bearing_deg"
            case distanceM = "distance_m"
        }
    }

    /// The number of reference objects a marker should have.
    public static let minimumReferences = 3

    public struct Marker: Sendable, Encodable {
        /// The number as written on the marker, with its part: 003, 003A.
        public var number: String
        public var type: String
        public var part: String
        /// The latest condition recorded in the round, as `damaged;illegible`;
        /// `not-inspected` when the round has no record of the marker.
        public var condition: String
        public var conditions: [String]
        /// Geodesic distance from the registered position, to the centimetre;
        /// null when no position was measured.
        public var displacementM: Double?
        public var inspectedOn: String?
        public var inspectors: String
        public var notes: String
        public var registered: GeoCoordinate
        public var measured: GeoCoordinate?
        public var managing: String?
        public var actions: [String]
        public var actionStatus: String?
        /// True when the condition comes from an amendment of an earlier record.
        public var amended: Bool
        /// The marker's latest record in each round, oldest round first.
        public var history: [HistoryEntry]
        /// The marker's reference objects (方位物) as registered now.
        public var references: [Reference] = []
        /// Photos recorded with the marker's inspection in this round.
        public var photos: [BoundaryPhoto] = []

        enum CodingKeys: String, CodingKey {
            case number, type, part, condition, conditions, inspectors, notes, registered, measured, managing, actions
            case amended, history, references, photos
            case displacementM = "displacement_m"
            case inspectedOn = "inspected_on"
            case actionStatus = "action_status"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(type, forKey: .type)
            try c.encode(part, forKey: .part)
            try c.encode(condition, forKey: .condition)
            try c.encode(conditions, forKey: .conditions)
            // Written as null when missing: the key is part of the contract.
            try c.encode(displacementM, forKey: .displacementM)
            try c.encode(inspectedOn, forKey: .inspectedOn)
            try c.encode(inspectors, forKey: .inspectors)
            try c.encode(notes, forKey: .notes)
            try c.encode(registered, forKey: .registered)
            try c.encode(measured, forKey: .measured)
            try c.encode(managing, forKey: .managing)
            try c.encode(actions, forKey: .actions)
            try c.encode(actionStatus, forKey: .actionStatus)
            try c.encode(amended, forKey: .amended)
            try c.encode(history, forKey: .history)
            try c.encode(references, forKey: .references)
            try c.encode(photos, forKey: .photos)
        }
    }

    public struct HistoryEntry: Sendable, Encodable {
        public var round: Int
        public var condition: String
        public var displacementM: Double?
        public var inspectedOn: String

        enum CodingKeys: String, CodingKey {
            case round, condition
            case displacementM = "displacement_m"
            case inspectedOn = "inspected_on"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(round, forKey: .round)
            try c.encode(condition, forKey: .condition)
            try c.encode(displacementM, forKey: .displacementM)
            try c.encode(inspectedOn, forKey: .inspectedOn)
        }
    }

    public struct RoundCounts: Sendable, Encodable {
        public var round: Int
        public var inspected: Int
        public var counts: [String: Int]
    }

    public struct Action: Sendable, Encodable {
        public var number: String
        public var condition: String
        public var actions: [String]
        public var status: String?
        /// The side that carries out the work (with the other side present).
        public var managing: String?
        /// The note given with the latest status change (`boundary action --note`).
        public var statusNote: String?

        enum CodingKeys: String, CodingKey {
            case number, condition, actions, status, managing
            case statusNote = "status_note"
        }
    }

    /// The line's own record for the round (direction, landform, disputes, 平安边界 agreement).
    public struct Notes: Sendable, Encodable {
        public var direction: String
        public var clarity: String
        public var landformChanges: String
        public var disputes: String
        public var agreement: String

        enum CodingKeys: String, CodingKey {
            case direction, clarity, disputes, agreement
            case landformChanges = "landform_changes"
        }

        public var isEmpty: Bool { [direction, clarity, landformChanges, disputes, agreement].allSatisfy(\.isEmpty) }
    }

    /// The keys of every `counts` object, in report order.
    public static let countKeys = MarkerCondition.allCases.map(\.rawValue) + ["not-inspected"]
}
