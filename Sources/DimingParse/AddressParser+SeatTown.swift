import DimingCore

extension AddressParser {
    /// How a bare county name is read as its seat town (gazetteer/parsing/seat-towns.tsv).
    struct SeatTownReading: Sendable {
        var written: [Unicode.Scalar]
        var town: String
    }

    /// The rows of `seatTowns` whose county and town the gazetteer knows, by
    /// the county's number in `resolver`. A row naming a town the county does
    /// not have does nothing, as the table's header says: a wrong row must
    /// not move addresses into a town that is not there.
    static func seatTownReadings(
        _ seatTowns: [ParsingLexicon.SeatTown], _ gazetteer: Gazetteer, _ resolver: DivisionResolver
    ) -> [Int32: SeatTownReading] {
        guard !seatTowns.isEmpty else { return [:] }
        var readings: [Int32: SeatTownReading] = [:]
        for row in seatTowns {
            guard let index = resolver.index(of: row.countyCode),
                gazetteer.towns.contains(where: { $0.countyCode == row.countyCode && $0.name == row.town })
            else { continue }
            readings[index] = SeatTownReading(written: Array(row.written.unicodeScalars), town: row.town)
        }
        return readings
    }

    /// The county, and how to read it, when the bare name at `range` is a
    /// county listed in seat-towns.tsv: 临平 alone at the head of an address
    /// was the town (临平街道) for decades before it was 临平区, and older
    /// records, the ones a cleanup batch holds, mean the town. The county is
    /// still the line's division, since the town lies in it.
    func seatTown(
        _ candidates: [DivisionResolver.Candidate], _ range: Range<Int>, _ s: [Unicode.Scalar]
    ) -> (DivisionResolver.Candidate, SeatTownReading)? {
        guard !seatTownByIndex.isEmpty else { return nil }
        for candidate in candidates where candidate.index >= 0 && Self.rank(candidate.level) == 2 {
            guard let reading = seatTownByIndex[candidate.index], s[range].elementsEqual(reading.written) else { continue }
            return (candidate, reading)
        }
        return nil
    }
}
