import DimingCore
import Testing

@Suite("Address keys")
struct AddressKeyTests {
    static func key(road: String = "劳动北路", number: String = "118号", building: String = "") -> AddressKey {
        AddressRecord(divisionCode: "331003", town: "东城街道", road: road, number: number, building: building).key
    }

    /// The digest is stored in registries: it must never change between
    /// versions, processes or machines.
    @Test func digestIsFixed() {
        #expect(Self.key().stableHash == Self.key().stableHash)
        #expect(Self.key().stableHash == 81_667_532_740_643_445)
    }

    @Test func fieldBoundariesMatter() {
        #expect(Self.key(road: "劳动北路1", number: "18号").stableHash != Self.key(road: "劳动北路", number: "118号").stableHash)
        #expect(Self.key(building: "3幢") != Self.key())
    }
}
