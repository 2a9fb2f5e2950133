import DimingCore
import DimingText

/// The keys under which the registry stores each name for the duplicate
/// rules, and the keys a proposal is looked up by, as 64-bit hashes.
///
/// Why hashes and a second pass: a check must be a handful of indexed
/// lookups even at province scope (200,000 roads), so the registry keeps one
/// row per key and name. The lookup only has to return a superset of the
/// names the rules would report: the candidates it finds are then run through
/// the very same `DuplicateIndex` that an in-memory check builds over the
/// whole scope, so the findings, their order and their wording cannot drift
/// from it. A hash collision therefore costs one extra candidate, never a
/// wrong finding, and the stored rows stay small (an integer, not a string).
///
/// The keys mirror `DuplicateIndex` exactly: the name; the name without a
/// city or county name or 新/大 prefix (under the name's own division); the
/// 专名 stem when the name has a generic; every toneless pinyin key
/// (polyphones read both ways, capped as there); the name with one character
/// deleted when its 专名 is long enough for the one-character-apart rule.
public struct DuplicateKeys: Sendable {
    /// Changes whenever the keys a name gets change; part of the registry's
    /// key fingerprint, so stored keys of an older version are rebuilt.
    public static let version = "duplicate-keys-1"

    let checker: NameChecker

    public init(checker: NameChecker) { self.checker = checker }

    private enum Kind: UInt8 { case name = 0x6E, reduced = 0x72, stem = 0x73, sound = 0x70, deletion = 0x64 }

    /// The keys a registered name is stored under (duplicates removed).
    public func stored(_ n: RegisteredName) -> [Int64] {
        var out: [Int64] = [Self.hash(.name, n.name)]
        let r = checker.reducedName(n.name, divisionCode: n.divisionCode)
        if r != n.name { out.append(Self.hash(.reduced, r)) }
        let parts = checker.parts(of: n.name, nameClass: n.nameClass)
        if !parts.generic.isEmpty, !parts.stem.isEmpty { out.append(Self.hash(.stem, parts.stem)) }
        for key in DuplicateIndex.soundKeys(n.name, pinyin: checker.pinyin) { out.append(Self.hash(key)) }
        if parts.specific.unicodeScalars.count >= DuplicateIndex.minimumSpecificForNearMatch {
            for d in DuplicateIndex.deletions(of: n.name) { out.append(Self.hash(.deletion, d)) }
        }
        return Self.unique(out)
    }

    /// The keys to look a proposed name up by: every stored key that one of
    /// the duplicate rules would probe for it.
    public func probes(for name: String, nameClass: NameClass, divisionCode: String) -> [Int64] {
        var out: [Int64] = [Self.hash(.name, name), Self.hash(.deletion, name)]
        let r = checker.reducedName(name, divisionCode: divisionCode)
        out += [Self.hash(.name, r), Self.hash(.reduced, r)]
        let parts = checker.parts(of: name, nameClass: nameClass)
        if !parts.generic.isEmpty, !parts.stem.isEmpty { out.append(Self.hash(.stem, parts.stem)) }
        for key in DuplicateIndex.soundKeys(name, pinyin: checker.pinyin) { out.append(Self.hash(key)) }
        for d in DuplicateIndex.deletions(of: name) {
            out += [Self.hash(.name, d), Self.hash(.deletion, d)]
        }
        return Self.unique(out)
    }

    /// The keys of a fixed set of names that exercise every kind of key
    /// (direction, ordinal, polyphones, city-name and 新/大 prefixes, each
    /// class). Hashed into the registry's key fingerprint, so that a change
    /// of code the keys depend on (the road-name analyzer, the pinyin
    /// readings, the prefix rule) rebuilds the stored keys even when nobody
    /// remembered to change `version` and no table changed.
    public func sampleKeys() -> [Int64] {
        let samples: [(String, NameClass)] = [
            ("劳动北路", .road), ("中山东一路", .road), ("长江南路三段", .road), ("长乐路", .road), ("单桥路", .road),
            ("重庆路", .road), ("银行街", .road), ("台州人民路", .road), ("黄岩新华路", .road), ("大青龙路", .road),
            ("环城南路", .road), ("阳光花园", .residential), ("金融大厦", .building), ("幸福家园", .residential),
            ("沿山村", .village), ("东风大桥", .other), ("东城街道", .township),
        ]
        return samples.flatMap { stored(RegisteredName(ref: "sample", name: $0.0, nameClass: $0.1, divisionCode: "331003")) }
    }

    private static func unique(_ keys: [Int64]) -> [Int64] {
        var seen: Set<Int64> = []
        return keys.filter { seen.insert($0).inserted }
    }

    private static func hash(_ kind: Kind, _ text: String) -> Int64 {
        var h = StableHash()
        withUnsafeBytes(of: kind.rawValue) { h.add($0.bindMemory(to: UInt8.self)) }
        var s = text
        s.withUTF8 { h.add($0) }
        return h.value
    }

    private static func hash(_ sound: [UInt32]) -> Int64 {
        var h = StableHash()
        withUnsafeBytes(of: Kind.sound.rawValue) { h.add($0.bindMemory(to: UInt8.self)) }
        sound.map(\.littleEndian).withUnsafeBytes { h.add($0.bindMemory(to: UInt8.self)) }
        return h.value
    }
}
