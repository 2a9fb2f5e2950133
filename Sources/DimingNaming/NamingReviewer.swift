/// The whole review of a name: the rules that look at the name alone plus
/// the duplicate rules against the registry's names in scope.
///
/// Two ways to give it the registry: every name in scope at once (an audit,
/// which compares the whole registry with itself), or, per proposal, only
/// the candidates that the registry's stored `DuplicateKeys` return (a
/// check, which must not read a province's names to look at one).
public struct NamingReviewer: Sendable {
    public let checker: NameChecker
    public let index: DuplicateIndex

    public init(checker: NameChecker, registered: [RegisteredName]) {
        self.checker = checker
        self.index = DuplicateIndex(names: registered, checker: checker)
    }

    public func review(
        _ name: String, nameClass: NameClass, divisionCode: String, scope: NamingScope? = nil,
        facts: SizeFacts = SizeFacts(), excluding: String? = nil
    ) -> NameReview {
        review(name, nameClass: nameClass, divisionCode: divisionCode, scope: scope, facts: facts, excluding: excluding, against: index)
    }

    /// The review against `candidates` as well as the names given at
    /// creation: the registry's names that share a stored key with the
    /// proposal, in registry order. The candidates go through a
    /// `DuplicateIndex` of their own, so the findings are those the whole
    /// scope would give.
    public func review(
        _ name: String, nameClass: NameClass, divisionCode: String, scope: NamingScope? = nil,
        facts: SizeFacts = SizeFacts(), candidates: [RegisteredName]
    ) -> NameReview {
        let local = DuplicateIndex(names: index.names + candidates, checker: checker)
        return review(name, nameClass: nameClass, divisionCode: divisionCode, scope: scope, facts: facts, excluding: nil, against: local)
    }

    private func review(
        _ name: String, nameClass: NameClass, divisionCode: String, scope: NamingScope?, facts: SizeFacts,
        excluding: String?, against duplicates: DuplicateIndex
    ) -> NameReview {
        var findings = checker.check(name, nameClass: nameClass, divisionCode: divisionCode, facts: facts)
        findings += duplicates.findings(
            for: name, nameClass: nameClass, divisionCode: divisionCode, scope: scope ?? nameClass.defaultScope,
            excluding: excluding)
        return NameReview(name: name, nameClass: nameClass, divisionCode: divisionCode, findings: findings)
    }
}
