extension AddressParser {
    /// The province written again inside a chain that names a city
    /// (浙江省温州市 + 浙江省 + 永嘉县, 浙江省宁波市慈溪市 + 浙江省 + 某某街道): when
    /// what follows is no division name, or one below the chain so far, the
    /// province is the repetition and the chain stands and goes on; the
    /// corpus labels such lines so three times in four. A city after it
    /// (浙江省金华市浙江省金华市永康市) is the chain written again, as before.
    func provinceRepeatedWithinChain(at pos: Int, _ s: [Unicode.Scalar], _ admin: Admin) -> Bool {
        guard admin.sets.count >= 2, let last = admin.sets.last, pos < s.count, Self.isNameScalar(s[pos]) else { return false }
        let names = divisionNames(at: pos, s)
        if names.isEmpty { return true }
        return names.contains { next in
            next.hasGeneric
                && next.candidates.contains { c in last.contains { resolver.contains($0, c) && $0.code != c.code } }
        }
    }
}
