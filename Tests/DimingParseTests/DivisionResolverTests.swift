import DimingCore
import DimingParse
import Foundation
import Testing

/// Against the gazetteer the project ships (its own data, in gazetteer/).
@Suite("Division resolver")
struct DivisionResolverTests {
    static let resolver: DivisionResolver = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../gazetteer").standardized
        func read(_ name: String) -> String {
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        let gazetteer = try! Gazetteer.parse(
            divisions: read("divisions.tsv"), towns: read("towns.tsv"), changes: read("division-changes.tsv"))
        return DivisionResolver(gazetteer: gazetteer)
    }()

    @Test func abbreviationsResolveToTheFullChain() {
        let r = Self.resolver.resolve(["浙江", "台州", "黄岩"])
        #expect(r.code == "331003")
        #expect(r.names == ["浙江省", "台州市", "黄岩区"])
        #expect(!r.isAmbiguous)
    }

    @Test func missingLevelsAreInferred() {
        let r = Self.resolver.resolve(["黄岩区"])
        #expect(r.code == "331003")
        #expect(r.names == ["浙江省", "台州市", "黄岩区"])
        #expect(r.notes.contains { $0.contains("inferred") })
    }

    @Test func formerNamesLeadToTheirSuccessorsAndSaySo() {
        let county = Self.resolver.resolve(["黄岩县"])
        #expect(county.code == "331003")
        #expect(county.notes.contains("黄岩县 taken as the former name of 黄岩区"))

        let city = Self.resolver.resolve(["襄樊市"])
        #expect(city.names == ["湖北省", "襄阳市"])
        #expect(city.notes.contains("襄樊市 is now 襄阳市"))

        let moved = Self.resolver.resolve(["柳州地区", "忻城县"])
        #expect(moved.code == "451321")
        #expect(moved.names == ["广西壮族自治区", "来宾市", "忻城县"])
        #expect(moved.notes.contains("柳州地区 is now 来宾市"))
    }

    @Test func mergedDistrictsSetByHandLeadToTheDistrictThatTookThemOver() {
        // gazetteer/divisions.tsv, successor_basis `hand` (sources in gazetteer/README.md).
        let jiangdong = Self.resolver.resolve(["宁波市", "江东区"])
        #expect(jiangdong.code == "330212")
        #expect(jiangdong.notes.contains("江东区 is now 鄞州区"))
        // The successor was written, as a former name: it is not "inferred".
        #expect(jiangdong.notes.contains("inferred 浙江省"))
        #expect(!jiangdong.notes.contains { $0.contains("inferred") && $0.contains("鄞州区") })
        // The short form of a former name: 闸北 for 闸北区 (merged into 静安区).
        #expect(Self.resolver.resolve(["闸北"]).code == "310106")
        #expect(Self.resolver.resolve(["郫县"]).code == "510117")
    }

    @Test func aSharedCountyNameIsAmbiguousNotGuessed() {
        let r = Self.resolver.resolve(["朝阳区"])
        #expect(r.code == nil)
        #expect(r.isAmbiguous)
        #expect(Set(r.alternatives).isSuperset(of: ["110105", "220104"]))
        #expect(Self.resolver.resolve(["北京", "朝阳区"]).code == "110105")
        #expect(Self.resolver.resolve(["长春市", "朝阳区"]).code == "220104")
        #expect(Self.resolver.resolve(["鼓楼区"]).isAmbiguous)
    }

    @Test func contradictionsAreReported() {
        let r = Self.resolver.resolve(["江苏省", "黄岩区"])
        #expect(r.code == "331003")
        #expect(r.notes.contains { $0.contains("do not lie inside one another") })
        let unknown = Self.resolver.resolve(["火星省"])
        #expect(unknown.code == nil && !unknown.isAmbiguous)
    }

    @Test func namesAtAPositionLongestFirst() {
        let scalars = Array("台州市黄岩区东城街道".unicodeScalars)
        let found = Self.resolver.names(startingAt: 0, in: scalars)
        #expect(found.map(\.name) == ["台州市", "台州"])
        #expect(Self.resolver.names(startingAt: 3, in: scalars).first?.name == "黄岩区")
        // 东城 is also the short name of 北京's 东城区: the resolver offers it and
        // says it matched a short name; the parser, seeing 街道 follow, decides.
        let dongcheng = Self.resolver.names(startingAt: 6, in: scalars)
        #expect(dongcheng.map(\.name) == ["东城"])
        #expect(dongcheng.first?.candidates.allSatisfy { $0.via == .shortName } == true)
        #expect(Self.resolver.names(startingAt: 8, in: scalars).isEmpty)
    }
}
