import DimingNaming
import DimingStore
import Foundation

/// Where `name check` and `name opinion` find the names a proposal must not
/// repeat: the registry's stored keys (roads and places, any scope), or the
/// gazetteer's towns (township names, which the registry does not hold).
///
/// Why not read every name in scope as `name audit` does: at province scope
/// that is 200,000 roads read and keyed for one proposal (4–6 s); the stored
/// keys answer in a few indexed lookups, and the candidates they return go
/// through the same `DuplicateIndex`, so the findings are the same.
struct NamingDuplicateSource {
    let setup: NamingSetup
    let reviewer: NamingReviewer
    let registry: Registry?
    let nameClass: NameClass
    let divisionCode: String
    let scope: NamingScope
    let area: BuiltUpAreas.Area?
    let towns: NamingTownFilter?
    /// What getting ready took, for --timing.
    let startReport: String

    init(setup: NamingSetup, db: String?, nameClass: NameClass, divisionCode: String, scope: NamingScope, builtUpArea: String?)
        throws
    {
        self.setup = setup
        self.nameClass = nameClass
        self.divisionCode = divisionCode
        self.scope = scope
        var area: BuiltUpAreas.Area?
        if scope == .builtUp {
            do {
                area = try setup.builtUpAreas().area(for: divisionCode, named: builtUpArea)
            } catch let error as BuiltUpAreaError {
                throw CLIError(error.description)
            }
        }
        self.area = area
        var registry: Registry?
        if let db {
            guard FileManager.default.fileExists(atPath: db) else { throw CLIError("\(db): no such registry file") }
            registry = try Registry.open(path: db)
        }
        if nameClass == .township {
            // Townships are compared with the gazetteer, not the registry.
            let towns = setup.townNames(divisionCode: divisionCode, scope: scope)
            reviewer = NamingReviewer(checker: setup.checker, registered: towns)
            self.registry = nil
            self.towns = nil
            startReport = "read \(towns.count) township names"
            return
        }
        reviewer = NamingReviewer(checker: setup.checker, registered: [])
        self.registry = registry
        guard let registry else {
            self.towns = nil
            startReport = "no registry"
            return
        }
        self.towns = try area.map { try NamingSetup.townFilter($0, registry: registry) }
        let refresh = try registry.refreshNamingKeys(fingerprint: setup.keyFingerprint, keys: setup.storedKeys)
        startReport =
            refresh == NamingKeyRefresh()
            ? "naming keys current"
            : "naming keys \(refresh.rebuilt ? "rebuilt" : "updated") for \(refresh.names) names (\(refresh.keys) keys)"
    }

    func review(_ name: String, facts: SizeFacts) throws -> NameReview {
        guard let registry else {
            return reviewer.review(name, nameClass: nameClass, divisionCode: divisionCode, scope: scope, facts: facts)
        }
        let candidates = try setup.candidates(
            registry: registry, name: name, nameClass: nameClass, divisionCode: divisionCode, scope: scope, area: towns)
        return reviewer.review(
            name, nameClass: nameClass, divisionCode: divisionCode, scope: scope, facts: facts, candidates: candidates)
    }
}
