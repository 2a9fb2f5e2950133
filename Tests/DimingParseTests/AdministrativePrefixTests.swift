import DimingParse
import Testing

/// The administrative prefix on invented addresses: where a bare division
/// name is one and where it is only the start of another name.
@Suite("Administrative prefix")
struct AdministrativePrefixTests {
    static func labels(_ line: String) -> [String] {
        AddressParserTests.labels(AddressParserTests.parser.parse(line))
    }

    @Test func bareNameOutsideTheChainDoesNotRestartIt() {
        // 临平 is a district of 杭州 beside 余杭区; with no division inside it
        // after, it does not make 余杭区 a slip.
        let found = Self.labels("杭州市余杭区临平迎宾路12号")
        #expect(found.starts(with: ["city:杭州市", "district:余杭区"]))
        #expect(!found.contains("district:临平"))
    }

    @Test func countyNameStartingARoadOrTownName() {
        // One character and a generic after a county's short name: the name
        // of a road or town that starts like the county's.
        #expect(Self.labels("解放西街12号").first == "road:解放西街")
        #expect(Self.labels("白云湖街道石井路3号").first == "town:白云湖街道")
        // A direction before a longer generic is a whole road name.
        #expect(Self.labels("萧山南环路88号").first == "district:萧山")
        // 壶镇 is a town of 缙云 (壶镇镇).
        #expect(Self.labels("缙云壶镇光明路8号").starts(with: ["district:缙云", "town:壶镇"]))
        // After a city's name a two-character road stays a road (文三路).
        #expect(Self.labels("杭州文三路5号").first == "city:杭州")
    }

    @Test func newDistrictNamedAfterACounty() {
        #expect(Self.labels("深圳市坪山新区坑梓街道人民路5号").starts(with: ["city:深圳市", "district:坪山新区"]))
        // Below a chain that does not contain it, it is a place, and the chain stands.
        #expect(Self.labels("余姚市城东新区阳明路3号").first == "district:余姚市")
    }

    @Test func developmentZoneCountedAsCountyIsAZone() {
        #expect(Self.labels("高新区科技路5号").first == "devzone:高新区")
        #expect(Self.labels("温州经济技术开发区滨海大道9号").first == "devzone:温州经济技术开发区")
    }

    @Test func chainGoingOnAfterAFewCharacters() {
        // Separators between the names of a chain written after a town.
        let separated = Self.labels("北城街道浙江省_温州市_鹿城区_人民路8号")
        #expect(separated.starts(with: ["redundant:北城街道", "prov:浙江省", "redundant:_", "city:温州市"]))
        // Two characters of other text inside the chain.
        let broken = Self.labels("中国浙江甲乙/杭州市西湖区文三路1号")
        #expect(broken.contains("redundant:甲乙") && broken.contains("city:杭州市") && broken.contains("district:西湖区"))
    }

    @Test func bareMunicipalityIsTheCity() {
        #expect(Self.labels("北京朝阳区建国路1号").starts(with: ["city:北京", "district:朝阳区"]))
        // Written twice, the fuller writing stands.
        #expect(Self.labels("上海上海市闵行区莘庄镇").starts(with: ["redundant:上海", "city:上海市"]))
    }

    @Test func cityWrittenTwiceTheSameWay() {
        #expect(Self.labels("金华金华人民路1号").starts(with: ["redundant:金华", "city:金华"]))
        #expect(Self.labels("杭州市杭州市西湖区文三路1号").starts(with: ["redundant:杭州市", "city:杭州市", "district:西湖区"]))
        // Inside a chain the repetition is the slip.
        #expect(Self.labels("浙江省杭州市杭州市西湖区").starts(with: ["prov:浙江省", "city:杭州市", "redundant:杭州市"]))
    }

    @Test func mountainOrLakeNamedLikeACounty() {
        #expect(Self.labels("白云山庄3幢5单元").first == "poi:白云山庄")
        // 湖塘 is a town of 柯桥.
        #expect(Self.labels("柯桥湖塘镇").starts(with: ["district:柯桥"]))
    }

    @Test func townNamedAfterAVillage() {
        #expect(Self.labels("戴村镇中心路5号").first == "town:戴村镇")
        #expect(Self.labels("金乡镇人民路5号").first == "town:金乡镇")
    }

    @Test func chainThenOneOrTwoCharactersAtTheEnd() {
        // The look for a later chain must stay inside the line.
        #expect(Self.labels("浙江省杭州市西").starts(with: ["prov:浙江省", "city:杭州市"]))
        #expect(Self.labels("浙江省杭州市西湖").starts(with: ["prov:浙江省", "city:杭州市"]))
    }

    @Test func municipalityWrittenTwiceInFull() {
        // As a city written twice: the first writing is the slip.
        #expect(Self.labels("重庆市重庆市渝中区解放碑街道").starts(with: ["redundant:重庆市", "city:重庆市", "district:渝中区"]))
    }

    @Test func chainWrittenAgainWithoutItsCity() {
        // The full writing stands; the shorter one is the repetition, and the
        // city keeps its value from the resolved chain.
        let found = AddressParserTests.parser.parse("浙江省丽水市缙云县浙江省缙云县壶镇镇光明路8号")
        #expect(
            AddressParserTests.labels(found).starts(with: [
                "prov:浙江省", "city:丽水市", "district:缙云县", "redundant:浙江省", "redundant:缙云县", "town:壶镇镇",
            ]))
        #expect(found.components[1].value == "丽水市")
        #expect(found.division?.names == ["浙江省", "丽水市", "缙云县"])
        // Written again in full, the later writing leads into the address.
        #expect(Self.labels("浙江省丽水市缙云县浙江省丽水市缙云县壶镇镇").starts(with: ["redundant:浙江省"]))
    }

    @Test func countyBareNameRightAfterItsFullName() {
        #expect(Self.labels("浙江省温州市瑞安市瑞安塘下镇罗凤路1号").starts(with: ["prov:浙江省", "city:温州市", "district:瑞安市", "redundant:瑞安", "town:塘下镇"]))
        // A town's generic after it: the town named like the county, not a slip.
        #expect(!Self.labels("杭州市余杭区余杭镇直街1号").contains("redundant:余杭"))
    }

    @Test func chinaStartingAName() {
        #expect(Self.labels("中国鞋都三区丁桥路8号").first == "poi:中国鞋都")
        #expect(Self.labels("浙江省嘉兴市海宁市中国皮革城南门").contains("poi:中国皮革城"))
        #expect(Self.labels("中国浙江省杭州市文三路1号").starts(with: ["country:中国", "prov:浙江省"]))
    }

    @Test func roadNamedAfterAKindOfPlaceAfterABareCity() {
        // 杭州学院 could be a college; 学院路 after 杭州 is the road.
        #expect(Self.labels("杭州学院路99号").starts(with: ["city:杭州", "road:学院路"]))
        #expect(Self.labels("温州学院中路8号").starts(with: ["city:温州", "road:学院中路"]))
        // Without a road word after it the place stays a place named after the city.
        #expect(Self.labels("澄江工业区纬一路3号").first != "district:澄江")
    }

    @Test func prefectureGenericMistypedAsItsHomophone() {
        let parsed = AddressParserTests.parser.parse("云南省红河洲元阳县新街镇")
        #expect(AddressParserTests.labels(parsed).starts(with: ["prov:云南省", "city:红河洲", "district:元阳县", "town:新街镇"]))
        #expect(parsed.components[1].value == "红河哈尼族彝族自治州")
    }

    @Test func misspeltDivisionNames() {
        // Read as the division, written as it was, valued and warned as the standard name.
        let parsed = AddressParserTests.parser.parse("安微凤台县朱马店镇")
        #expect(AddressParserTests.labels(parsed).starts(with: ["prov:安微", "district:凤台县", "town:朱马店镇"]))
        #expect(parsed.components[0].value == "安徽省")
        #expect(parsed.division?.names == ["安徽省", "淮南市", "凤台县"])
        #expect(parsed.warnings.contains("misspelt division name: 安微 read as 安徽"))
        // With the generic of the standard name after a bare slip.
        let city = AddressParserTests.parser.parse("浙江省台卅市天台县平桥镇")
        #expect(AddressParserTests.labels(city).starts(with: ["prov:浙江省", "city:台卅市", "district:天台县"]))
        #expect(city.components[1].value == "台州市")
        // A slip that starts a town's name does not take it apart (乐青地乡).
        #expect(Self.labels("乐青地乡人民政府").first != "district:乐青")
        // Correct names carry no such warning.
        #expect(!AddressParserTests.parser.parse("安徽省凤台县").warnings.contains { $0.hasPrefix("misspelt") })
    }
}
