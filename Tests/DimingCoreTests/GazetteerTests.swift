import DimingCore
import Testing

@Suite("Gazetteer files")
struct GazetteerTests {
    static let header = "code\tname\tlevel\tparent_code\tshort_name\tkind\tstatus\tvalid_to\tsuccessor_code\tsuccessor_basis\n"
    static let towns = "county_code\ttown\n331003\t东城街道\n"
    static let changes = "date\tapproval\trelation\told_path\tnew_path\told_code\tnew_code\n1994-08-22\t国批\trenamed\t浙江省/台州地区/黄岩县\t浙江省/台州市/黄岩区\t\t331003\n"

    @Test func parsesDivisionsTownsAndChanges() throws {
        let divisions = Self.header + """
            # a comment an officer may add
            330000\t浙江省\tprovince\t\t浙江\tgbt2260\tcurrent\t\t\t
            331000\t台州市\tcity\t330000\t台州\tgbt2260\tcurrent\t\t\t
            331003\t黄岩区\tcounty\t331000\t黄岩\tgbt2260\tcurrent\t\t\t
            331021\t玉环县\tcounty\t331000\t\tgbt2260\tsuperseded\t2017-04-09\t331083\tname-stem

            """
        let g = try Gazetteer.parse(divisions: divisions, towns: Self.towns, changes: Self.changes)
        #expect(g.divisions.count == 4)
        #expect(g.divisions[3].status == .superseded)
        #expect(g.divisions[3].successorCode == "331083")
        #expect(g.divisions[1].parentCode == "330000")
        #expect(g.towns == [Gazetteer.Town(countyCode: "331003", name: "东城街道")])
        #expect(g.changes.first?.oldPath == ["浙江省", "台州地区", "黄岩县"])
    }

    @Test func aBadLineIsNamed() {
        let divisions = Self.header + "33100\t台州市\tcity\t330000\t台州\tgbt2260\tcurrent\t\t\t\n"
        #expect(throws: Gazetteer.ParseError(file: "divisions.tsv", line: 2, reason: "code \"33100\" is not six digits")) {
            try Gazetteer.parse(divisions: divisions, towns: Self.towns, changes: Self.changes)
        }
        let short = Self.header + "331000\t台州市\tcity\n"
        #expect(throws: Gazetteer.ParseError.self) {
            try Gazetteer.parse(divisions: short, towns: Self.towns, changes: Self.changes)
        }
    }
}
