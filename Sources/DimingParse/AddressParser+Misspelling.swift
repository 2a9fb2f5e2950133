extension AddressParser {
    /// One warning per division piece read through a known slip
    /// (gazetteer/parsing/division-misspellings.tsv), naming what was written
    /// and what it was read as, so that a reviewer can confirm the reading.
    func slipWarnings(_ pieces: [Piece], _ s: [Unicode.Scalar]) -> [String] {
        var warnings: [String] = []
        for piece in pieces {
            switch piece.label {
            case .prov, .city, .district, .devzone: break
            default: continue
            }
            for found in divisionNames(at: piece.range.lowerBound, s)
            where found.entry.misspelt && found.length <= piece.range.count {
                let written = String(String.UnicodeScalarView(s[piece.range]))
                warnings.append("misspelt division name: \(written) read as \(found.name)")
                break
            }
        }
        return warnings
    }
}
