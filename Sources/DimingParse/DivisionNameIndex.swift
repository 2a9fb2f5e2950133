/// The resolver's division names by scalars, for the parser's hot path.
///
/// The parser asks "which division names start here?" several times per
/// position of the administrative prefix. Answers are `Match` values that
/// carry only a length and an entry number (no strings or arrays to retain
/// and release), and facts the parser tests on every answer (does the name
/// end in a generic word?) are worked out once, here.
final class DivisionNameIndex: Sendable {
    struct Entry: Sendable {
        let name: String
        let candidates: [DivisionResolver.Candidate]
        /// The name ends with a generic word of a division (省 市 区 县 盟 旗, 自治州).
        let hasGeneric: Bool
        let endsWithCity: Bool
        /// Every division of the name is a development zone counted as
        /// county-level (高新区, 经开区): addresses name it as a zone, not as a
        /// district.
        let isZone: Bool
        /// One of its divisions is a municipality (北京市), which stands where a city does.
        let namesMunicipality: Bool
        /// The name is a known slip for `name` (安微 for 安徽), not a name itself.
        let misspelt: Bool
    }

    /// One name found at a position. It refers to its index without counting
    /// the reference: matches live only while the parser that owns the index
    /// parses one line.
    struct Match {
        let length: Int
        let id: Int32
        unowned(unsafe) let index: DivisionNameIndex

        var entry: Entry { index.entries[Int(id)] }
        var name: String { index.entries[Int(id)].name }
        var candidates: [DivisionResolver.Candidate] { index.entries[Int(id)].candidates }
        var hasGeneric: Bool { index.entries[Int(id)].hasGeneric }
    }

    let entries: [Entry]
    private let trie: ScalarTrie<Int32>

    init(resolver: DivisionResolver, misspellings: [ParsingLexicon.Misspelling] = []) {
        var entries: [Entry] = []
        var trie = ScalarTrie<Int32>()
        // Entry numbers depend on the dictionary's order, which changes from
        // run to run; nothing depends on them but this table.
        let names = resolver.indexedNames
        for name in names {
            trie.insert(name, Int32(entries.count))
            entries.append(Self.entry(written: name, name: name, resolver: resolver, misspelt: false))
        }
        // A slip is read as the name it stands for, under that name, so the
        // resolver and the values see the standard one. A real name is never
        // shadowed by a slip.
        var known = Set(names)
        for slip in misspellings {
            let candidates = resolver.candidates(for: slip.standard)
            guard !candidates.isEmpty else { continue }
            // A bare slip also stands before its division's generic (台卅 + 市 for 台州市).
            var forms = [(written: slip.written, name: slip.standard)]
            for c in candidates {
                guard let full = resolver.division(c.code)?.name, full.count > slip.standard.count, full.hasPrefix(slip.standard)
                else { continue }
                forms.append((slip.written + full.dropFirst(slip.standard.count), full))
            }
            for form in forms where known.insert(form.written).inserted {
                trie.insert(form.written, Int32(entries.count))
                entries.append(Self.entry(written: form.written, name: form.name, resolver: resolver, misspelt: true))
            }
        }
        self.entries = entries
        self.trie = trie
    }

    private static func entry(written: String, name: String, resolver: DivisionResolver, misspelt: Bool) -> Entry {
        let candidates = resolver.candidates(for: name)
        return Entry(
                name: name, candidates: candidates, hasGeneric: AddressParser.hasGeneric(written),
                endsWithCity: written.unicodeScalars.last == "市",
                isZone: candidates.allSatisfy { c in
                    guard let d = resolver.division(c.code) else { return false }
                    if d.kind == "nbs_function_zone" { return true }
                    // 成都高新技术产业开发区 is in GB/T 2260 itself. Scalars, not
                    // String.hasSuffix: this runs for every name at start-up.
                    let scalars = d.name.unicodeScalars
                    guard scalars.last == "区" else { return false }
                    let before = scalars.dropLast().suffix(2)
                    return before.elementsEqual("开发".unicodeScalars) || before.last == "园"
                },
                namesMunicipality: candidates.contains { c in
                    c.level == .province && resolver.division(c.code)?.name.unicodeScalars.last == "市"
                },
                misspelt: misspelt)
    }

    /// Division names starting at `position`, longest first.
    func names(at position: Int, _ s: [Unicode.Scalar]) -> Matches {
        var found = Matches(index: self)
        guard trie.mayMatch(at: position, in: s) else { return found }
        trie.matches(at: position, in: s) { found.append(length: $0, id: $1) }
        return found
    }

    /// The names found at one position, longest first. The parser asks
    /// several times per position; an array per answer was a quarter of its
    /// allocations, so the first eight answers are kept inline.
    struct Matches: RandomAccessCollection {
        /// Lengths and entry numbers, shortest first, as the trie finds them.
        private var lengths: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
        private var ids: (Int32, Int32, Int32, Int32, Int32, Int32, Int32, Int32) = (0, 0, 0, 0, 0, 0, 0, 0)
        /// Answers beyond the eighth (no place name has that many prefixes
        /// that are names too, but nothing is dropped if one does). Nil, not
        /// empty, so that copying the list retains nothing.
        private var more: [Match]?
        private(set) var count = 0
        unowned(unsafe) let index: DivisionNameIndex

        init(index: DivisionNameIndex) { self.index = index }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        subscript(position: Int) -> Match {
            let k = count - 1 - position
            if k >= 8 { return more.unsafelyUnwrapped[k - 8] }
            let length = withUnsafeBytes(of: lengths) { $0.load(fromByteOffset: 4 * k, as: Int32.self) }
            let id = withUnsafeBytes(of: ids) { $0.load(fromByteOffset: 4 * k, as: Int32.self) }
            return Match(length: Int(length), id: id, index: index)
        }

        mutating func append(length: Int, id: Int32) {
            if count < 8 {
                let k = count
                withUnsafeMutableBytes(of: &lengths) { $0.storeBytes(of: Int32(length), toByteOffset: 4 * k, as: Int32.self) }
                withUnsafeMutableBytes(of: &ids) { $0.storeBytes(of: id, toByteOffset: 4 * k, as: Int32.self) }
            } else {
                more = (more ?? []) + [Match(length: length, id: id, index: index)]
            }
            count += 1
        }
    }
}
