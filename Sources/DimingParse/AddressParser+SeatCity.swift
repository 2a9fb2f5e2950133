extension AddressParser {
    /// The prefecture written by the name of its seat, a county-level city,
    /// with another county of that prefecture after it (湖南省吉首市凤凰县,
    /// 新疆阿克苏市新和县): people name the prefecture by the city they know
    /// it by, and the address lies in the county written after it. Read as
    /// two counties, the chain stopped at the seat and the line got the
    /// seat's code, a county where the address is not. The corpus labels the
    /// seat as the city in each such line (three of three). Not when the
    /// chain already names a prefecture (湘西州吉首市凤凰县 is two counties
    /// written one after the other, and stays so).
    ///
    /// Returns the prefecture the last name of the chain then stands for.
    func prefectureOfSeat(
        before found: [DivisionResolver.Candidate], _ pieces: [Piece], _ s: [Unicode.Scalar], _ admin: Admin
    ) -> DivisionResolver.Candidate? {
        guard admin.lastRank == 2, let seats = admin.sets.last, let seatPiece = admin.pieces.last,
            pieces[seatPiece].label == .district,
            !admin.sets.contains(where: { set in set.contains { Self.rank($0.level) == 1 } })
        else { return nil }
        // Nothing but separators between the seat and the county.
        var k = seatPiece + 1
        while k < pieces.count, isSeparatorPiece(pieces[k], s) { k += 1 }
        guard k == pieces.count else { return nil }
        for seat in seats {
            guard let city = resolver.division(seat.code), city.name.last == "市", let parentCode = city.parentCode,
                let parent = resolver.division(parentCode), Self.rank(parent.level) == 1,
                found.contains(where: { county in
                    Self.rank(county.level) == 2 && county.code != seat.code
                        && resolver.division(county.code)?.parentCode == parentCode
                })
            else { continue }
            return resolver.candidates(for: parent.name).first { $0.code == parentCode }
        }
        return nil
    }
}
