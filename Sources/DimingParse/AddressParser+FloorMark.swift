import DimingText

extension AddressParser {
    /// A floor written the English way and run straight into the room after
    /// it (某某大厦 12F-1205, 9F1145, 6F_302): the floor is its own piece,
    /// 12F, and the room number is read after it. In the corpus a one to
    /// three digit number with F followed by a dash or by digits is labelled
    /// a floor with the room after it six times in seven; only a short run
    /// (7F390) is once kept as one room number. The bare form (12F at the end
    /// or before a name) is read by the plain floor rule. `end` is where the
    /// run of digits and letters starting at `start` ends. Returns where the
    /// room starts, or nil for other shapes.
    func floorBeforeRoom(start: Int, end: Int, _ s: [Unicode.Scalar], _ pieces: inout [Piece], _ state: inout State) -> Int? {
        let n = s.count
        var f = start
        while f < end, Self.isDigit(s[f]) { f += 1 }
        guard f > start, f - start <= 3, f < end, s[f] == "F" || s[f] == "f" else { return nil }
        let after = f + 1
        var roomStart: Int
        if after == end {
            // 12F-1205: a dash or underscore, then the room's digits.
            guard end + 1 < n, s[end] == "-" || s[end] == "_", Self.isDigit(s[end + 1]) else { return nil }
            roomStart = end + 1
        } else {
            // 9F1145: digits only after the F.
            guard (after..<end).allSatisfy({ Self.isDigit(s[$0]) }) else { return nil }
            roomStart = after
        }
        pieces.append(Piece(label: .floorno, range: start..<after, value: nil))
        if roomStart > after { pieces.append(Piece(label: .redundant, range: after..<roomStart, value: nil)) }
        state.sawHouse = true
        state.afterBuilding = true
        state.last = .floorno
        return roomStart
    }
}
