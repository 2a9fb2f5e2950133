/// Writes a villagers' group number before a doorplate as N组: 第5村民小组6号,
/// 5小组6号 → 5组6号, and reports every N组N号 it sees.
///
/// Registers write rural doorplates as 5组6号 (the canonical number column
/// uses that form); old records spell the group out (村民小组, 小组, 村民组,
/// with or without 第). Only a group directly followed by a doorplate number
/// (digits and 号) is rewritten: a group named on its own (第五村民小组) is a
/// place, not part of a number, and keeps its full name. Numerals were made
/// digits by the previous rule (五组六号 → 5组6号).
struct VillageGroupRule {
    private let groupWords: WordIndex<Bool>
    private static let zu: UInt32 = 0x7EC4  // 组
    private static let di: UInt32 = 0x7B2C  // 第
    private static let hao: UInt32 = 0x53F7  // 号

    private let groupWordsAllEndInZu: Bool

    init(units: [UnitWord]) {
        groupWordsAllEndInZu = units.allSatisfy { $0.kind != .group || $0.word.unicodeScalars.last?.value == Self.zu }
        groupWords = WordIndex(
            units.filter { $0.kind == .group }.map {
                let word = $0.word.unicodeScalars.map(\.value)
                return (word: word, value: word == [Self.zu])
            })
    }

    func apply(_ s: inout [MappedScalar], _ report: inout NormalizationReport) -> Bool {
        // Every group word (组, 小组, 村民小组 …) ends in 组 and every match
        // needs 号; without both there is nothing to find.
        guard s.containsValue(Self.hao), s.containsValue(Self.zu) || !groupWordsAllEndInZu else { return false }
        var rewriter = Rewriter(s)
        var changed = false
        var i = 0
        let n = s.count
        while i < n {
            guard s.isDigit(at: i), !s.isDigit(at: i - 1), let group = s.digitRun(at: i),
                let word = groupWords.match(in: s, at: group.end)
            else {
                i += 1
                continue
            }
            let numberStart = group.end + word.length
            guard let number = s.digitRun(at: numberStart), number.end < n, s[number.end].value == Self.hao else {
                i = group.end
                continue
            }
            if i > 0 && s[i - 1].value == Self.di {
                rewriter.delete((i - 1)..<i)
                changed = true
            }
            let start = rewriter.outputPosition(of: i)
            if !word.value {
                rewriter.replace(group.end..<numberStart, with: [Self.zu])
                changed = true
            }
            let length = (group.end - i) + 1 + (number.end - numberStart) + 1
            report.villageGroups.append(VillageGroupNumber(group: group.value, number: number.value, range: start..<(start + length)))
            i = number.end + 1
        }
        if changed, let rewritten = rewriter.finish() { s = rewritten }
        return changed
    }
}
