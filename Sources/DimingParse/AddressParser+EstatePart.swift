extension AddressParser {
    /// Where a part of an estate starts inside one run of name text, when the
    /// part is written straight after the estate's own name with no estate
    /// word between them, or nil when the run is one place.
    ///
    /// Addresses are labelled this way, counted on the study corpus:
    /// - a numbered phase (格兰花园 written without 花园 + 二期, 第三期) is a part
    ///   of its own after a name of two or more characters;
    /// - a gate (东门, 大门, 后门 …) after a name of two or more characters;
    /// - a lodge or basement (门卫室, 地下室) after a name of two or more;
    /// - a numbered or directional section (一区, 东区) only after a name of
    ///   four or more characters (长城机电 东区): after two or three the whole is
    ///   usually the name of a small estate or village area (朝晖九区).
    /// `p` is where the suffix word starts, `start` where the run starts.
    func estatePartStart(at p: Int, length: Int, from start: Int, _ s: [Unicode.Scalar]) -> Int? {
        let last = s[p + length - 1]
        if length == 1, last == "期" {
            var cut = p
            while cut > start, Self.isChineseNumeral(s[cut - 1]) { cut -= 1 }
            guard cut < p else { return nil }
            if cut > start, s[cut - 1] == "第" { cut -= 1 }
            return cut - start >= 2 ? cut : nil
        }
        if Self.isBuildingPartWord(at: p, length: length, s) || Self.isCompassGate(at: p, length: length, s)
            || Self.isEstateOffice(at: p, length: length, s)
        {
            return p - start >= 2 ? p : nil
        }
        guard length == 2 else { return nil }
        if last == "门" {
            switch s[p] {
            case "东", "西", "南", "北", "大", "后", "侧", "正": return p - start >= 2 ? p : nil
            default: return nil
            }
        }
        if last == "区", Self.isChineseNumeral(s[p]) || Self.isCompassWord(s[p]) {
            return p - start >= 4 ? p : nil
        }
        return nil
    }

    /// A lodge, basement, ward or ground-floor shops (门卫室, 门卫, 地下室,
    /// 住院部, 底商): a part of the building named before it even where that
    /// name has no estate word of its own (某某党校 门卫室).
    static func isBuildingPartWord(at p: Int, length: Int, _ s: [Unicode.Scalar]) -> Bool {
        guard length >= 2, p + 1 < s.count else { return false }
        let a = s[p], b = s[p + 1]
        if length == 3 {
            return (a == "门" && b == "卫") || (a == "地" && b == "下") || (a == "住" && b == "院")
        }
        return length == 2 && ((a == "门" && b == "卫") || (a == "底" && b == "商"))
    }

    static func isCompassWord(_ s: Unicode.Scalar) -> Bool {
        isSide(s) || s == "中"
    }

    /// 东, 西, 南 or 北: the side a wing, gate, hall or tower is named by.
    static func isSide(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "东", "西", "南", "北": return true
        default: return false
        }
    }
}

extension AddressParser {
    /// A lettered or numbered section (A区, 3区) between an estate and a
    /// building or room number, or at the end of the address, is labelled as
    /// part of the estate's name (万家花园A区 12幢): counted on the study
    /// corpus about three to one, except after a
    /// market, trade centre or office tower (市场, 中心, 大厦), whose halls
    /// and wings are parts of their own.
    /// Joins such a section to the estate before it, in place.
    func joinLetteredSections(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        var i = 1
        while i < pieces.count {
            let part = pieces[i]
            if part.label == .subpoi, part.range.count <= 3, s[part.range.upperBound - 1] == "区",
                Self.isDigit(s[part.range.lowerBound]) || Self.isLatin(s[part.range.lowerBound]),
                pieces[i - 1].label == .poi, pieces[i - 1].range.upperBound == part.range.lowerBound,
                Self.closesLetteredSection(i + 1 < pieces.count ? pieces[i + 1].label : nil, part.range.count)
            {
                let estate = pieces[i - 1].range
                let hall = estate.count >= 2
                    && ((s[estate.upperBound - 2] == "市" && s[estate.upperBound - 1] == "场")
                        || (s[estate.upperBound - 2] == "中" && s[estate.upperBound - 1] == "心")
                        || (s[estate.upperBound - 2] == "大" && s[estate.upperBound - 1] == "厦"))
                if !hall {
                    pieces[i - 1].range = estate.lowerBound..<part.range.upperBound
                    pieces.remove(at: i)
                    continue
                }
            }
            i += 1
        }
    }
}

extension AddressParser {
    /// What may follow a lettered section joined to its estate: a building
    /// number (万家花园A区 12幢); for a single letter or digit (B区, 2区) also
    /// a room number written straight after it (某某城B区 1208) or nothing at
    /// all, which addresses label the same way. A longer code (C1区) after a
    /// mall is as often a hall of its own.
    static func closesLetteredSection(_ next: AddressLabel?, _ length: Int) -> Bool {
        next == .houseno || (length == 2 && (next == nil || next == .roomno))
    }
}

extension AddressParser {
    /// A numbered gate or a lettered hall written right after a part of the
    /// estate (商贸城 三期 4区, 二区 41号门) is a place inside that part, which
    /// addresses label like a tenant (person): counted on the study corpus
    /// about four to one for sections after a phase and nine to one for gates.
    static func isInsidePart(_ state: State) -> Bool { state.last == .subpoi }
}

extension AddressParser {
    /// An estate's name written again further on (金家新村 109幢 金家新村 20幢)
    /// is labelled meaningless material (redundant), as a repeated division
    /// is: read on as a part of the estate it was always wrong. Relabels in place.
    func markRepeatedEstate(_ pieces: inout [Piece], _ s: [Unicode.Scalar]) {
        // Labels and ranges only: copying whole pieces costs more than the search.
        for i in pieces.indices.dropFirst() {
            let label = pieces[i].label
            guard label == .subpoi || label == .person else { continue }
            let r = pieces[i].range
            guard r.count >= 2 else { continue }
            for j in 0..<i {
                let earlier = pieces[j].label
                guard earlier == .poi || earlier == .subpoi else { continue }
                let q = pieces[j].range
                guard q.count == r.count, s[q.lowerBound] == s[r.lowerBound] else { continue }
                var same = true
                for k in 1..<r.count where s[q.lowerBound + k] != s[r.lowerBound + k] {
                    same = false
                    break
                }
                if same {
                    pieces[i].label = .redundant
                    pieces[i].value = nil
                    break
                }
            }
        }
    }
}
