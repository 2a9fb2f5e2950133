/// Spells out a compressed building-unit-room number: 竹海水韵春风里12-3-1001 →
/// 竹海水韵春风里12幢3单元1001室, and 12栋3-1001 → 12栋3单元1001室.
///
/// The heuristic, since 12-3-1001 is written without any unit word:
/// - three dash-separated numbers: the building has 1–3 digits, the unit 1–2,
///   the room 3–5 (floor and two digits: 101, 1001, 12003);
/// - they follow a Han character that does not end a road name (generics.tsv,
///   road kind). After an estate (春风里, 小区), a building or a complete
///   doorplate (118号) the numbers are a building inside it; after a road
///   (劳动北路118-1号) digits are a doorplate and its sub-number, and are left
///   alone. Text that starts with the numbers is also left alone;
/// - nothing number-like continues them: no further digit, dash, tilde, 号,
///   ASCII letter, Chinese numeral, dot, slash or space (12-3-1001-5,
///   12-3-1001号 and 12-3-1001A stay as written).
/// When the building word is already there (12幢, 12栋, 12号楼, A座 from
/// units.tsv, building kind), N-NNN after it is the unit and the room. The
/// building word inserted is 幢, the form address standards prefer; an
/// existing 栋 or 号楼 is kept. 室 is added unless it is already there.
struct BuildingUnitRoomRule {
    private let units: WordIndex<UnitWord>
    private let roads: WordIndex<Void>
    private static let zhuang: UInt32 = 0x5E62  // 幢
    private static let danYuan: [UInt32] = [0x5355, 0x5143]  // 单元
    private static let shi: UInt32 = 0x5BA4  // 室

    init(units: [UnitWord], generics: [GenericWord]) {
        self.units = WordIndex(units.map { (word: $0.word.unicodeScalars.map(\.value), value: $0) })
        self.roads = WordIndex(
            generics.filter { $0.kind == .road }.map { (word: $0.word.unicodeScalars.map(\.value), value: ()) })
    }

    private struct UnitAndRoom {
        var firstDash: Int?
        var secondDash: Int
        var roomEnd: Int
    }

    func apply(_ s: inout [MappedScalar]) -> Bool {
        guard s.containsValue(0x2D) else { return false }  // both forms need a dash
        var rewriter: Rewriter?
        var i = 0
        let n = s.count
        while i < n {
            let found: UnitAndRoom?
            if s.isDigit(at: i) && !s.isDigit(at: i - 1) {
                found = compressed(s, at: i)
            } else if units.startsWord(s[i].value), let word = units.match(in: s, at: i), word.value.kind == .building {
                found = afterBuildingWord(s, word: i, length: word.length)
            } else {
                found = nil
            }
            guard let found else {
                i += 1
                continue
            }
            if rewriter == nil { rewriter = Rewriter(s) }
            if let first = found.firstDash { rewriter!.replace(first..<(first + 1), with: [Self.zhuang]) }
            rewriter!.replace(found.secondDash..<(found.secondDash + 1), with: Self.danYuan)
            if s.value(at: found.roomEnd) != Self.shi { rewriter!.insert([Self.shi], at: found.roomEnd) }
            i = found.roomEnd
        }
        guard var rewriter, let rewritten = rewriter.finish() else { return false }
        s = rewritten
        return true
    }

    /// 12-3-1001 after an estate name.
    private func compressed(_ s: [MappedScalar], at i: Int) -> UnitAndRoom? {
        guard i > 0, ScalarClass.isHan(s[i - 1].value), roads.match(in: s, endingAt: i) == nil,
            let building = s.digitRun(at: i), building.end - i <= 3, s.value(at: building.end) == 0x2D,
            let rest = unitAndRoom(s, at: building.end + 1)
        else { return nil }
        return UnitAndRoom(firstDash: building.end, secondDash: rest.secondDash, roomEnd: rest.roomEnd)
    }

    /// 3-1001 after 12幢, 12栋, 12号楼, A座.
    private func afterBuildingWord(_ s: [MappedScalar], word: Int, length: Int) -> UnitAndRoom? {
        guard word > 0, ScalarClass.isASCIIDigit(s[word - 1].value) || ScalarClass.isASCIILetter(s[word - 1].value)
        else { return nil }
        return unitAndRoom(s, at: word + length)
    }

    /// N-NNN: a unit of 1–2 digits, a dash, a room of 3–5 digits, and nothing
    /// number-like after it.
    private func unitAndRoom(_ s: [MappedScalar], at i: Int) -> UnitAndRoom? {
        guard let unit = s.digitRun(at: i), unit.end - i <= 2, s.value(at: unit.end) == 0x2D,
            let room = s.digitRun(at: unit.end + 1), (3...5).contains(room.end - unit.end - 1)
        else { return nil }
        if let next = s.value(at: room.end) {
            switch next {
            case 0x2D, 0x7E, 0x2E, 0x2F, 0x53F7: return nil  // - ~ . / 号
            default:
                // A letter or a numeral would continue the number; a kept
                // space means a spaced word follows, and 室 would then stand
                // between that word and the number.
                if ScalarClass.isASCIILetter(next) || ScalarClass.isWhitespace(next) || ChineseNumeral.isNumeral(next) {
                    return nil
                }
            }
        }
        return UnitAndRoom(firstDash: nil, secondDash: unit.end, roomEnd: room.end)
    }
}
