/// The whole review of a name: the rules that look at the name alone plus
/// the duplicate rules against the registry's names in scope.
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
        var findings = checker.check(name, nameClass: nameClass, divisionCode: divisionCode, facts: facts)
        findings += index.findings(
            for: name, nameClass: nameClass, divisionCode: divisionCode, scope: scope ?? nameClass.defaultScope,
            excluding: excluding)
        return NameReview(name: name, nameClass: nameClass, divisionCode: divisionCode, findings: findings)
    }
}
