import DimingParse
import Testing

/// Rules for the part of an address below the county (estates and their
/// parts, tenants, recipients, locating words), on invented addresses.
@Suite("Address parser: below the county")
struct AddressParserTailTests {
    static func labels(_ line: String) -> [String] {
        let parsed = AddressParserTests.parser.parse(line)
        AddressParserTests.checkSpans(line, parsed)
        return AddressParserTests.labels(parsed)
    }

    @Test func phaseSectionAndGateAfterAnEstateName() {
        #expect(Self.labels("杭州市西湖区文三路99号青枫雅筑二期3幢")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:99号", "poi:青枫雅筑", "subpoi:二期", "houseno:3幢"])
        #expect(Self.labels("金华市婺城区望江书院北门") == ["city:金华市", "district:婺城区", "poi:望江书院", "subpoi:北门"])
        // After a short name the section is part of the estate's name.
        #expect(Self.labels("台州市椒江区柳岸七区12幢") == ["city:台州市", "district:椒江区", "poi:柳岸七区", "houseno:12幢"])
    }

    @Test func letteredSectionBeforeABuildingJoinsTheEstate() {
        #expect(Self.labels("金华市义乌市翠湖花园B区12幢3单元")
            == ["city:金华市", "district:义乌市", "poi:翠湖花园B区", "houseno:12幢", "cellno:3单元"])
        // A market's hall stays a part of its own.
        #expect(Self.labels("金华市义乌市小商品市场B区12幢")
            == ["city:金华市", "district:义乌市", "poi:小商品市场", "subpoi:B区", "houseno:12幢"])
    }

    @Test func sectionOrGateAfterAPartIsInsideIt() {
        #expect(Self.labels("金华市义乌市小商品城三期5区")
            == ["city:金华市", "district:义乌市", "poi:小商品城", "subpoi:三期", "person:5区"])
        #expect(Self.labels("金华市义乌市小商品城三期27号门")
            == ["city:金华市", "district:义乌市", "poi:小商品城", "subpoi:三期", "person:27号门"])
        // Right after the estate the section is its part.
        #expect(Self.labels("金华市义乌市小商品城27号门")
            == ["city:金华市", "district:义乌市", "poi:小商品城", "subpoi:27号门"])
    }

    @Test func courierNoteRunsToTheEndAsRedundant() {
        #expect(Self.labels("台州市椒江区东海大道88号阳光小区有疑问请联系")
            == ["city:台州市", "district:椒江区", "road:东海大道", "roadno:88号", "poi:阳光小区", "redundant:有疑问请联系"])
        #expect(Self.labels("宁波市江北区人民路12号新华书店节假日正常派送")
            == ["city:宁波市", "district:江北区", "road:人民路", "roadno:12号", "poi:新华书店", "redundant:节假日正常派送"])
    }

    @Test func sixDigitsAtTheEndAreAPostalCode() {
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦1203室310012")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:99号", "poi:华星大厦", "roomno:1203室", "redundant:310012"])
        // After a dash the digits are a room number.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦12-310012").last == "roomno:310012")
    }

    @Test func estateWrittenAgainIsRedundant() {
        #expect(Self.labels("杭州市西湖区文三路99号金桂新村12幢金桂新村15幢")
            == ["city:杭州市", "district:西湖区", "road:文三路", "roadno:99号", "poi:金桂新村", "houseno:12幢",
                "redundant:金桂新村", "houseno:15幢"])
    }

    @Test func receiverMarkAtTheEndIsRedundant() {
        #expect(Self.labels("宁波市海曙区中山西路88号天一大厦前台收")
            == ["city:宁波市", "district:海曙区", "road:中山西路", "roadno:88号", "poi:天一大厦", "person:前台", "redundant:收"])
    }

    @Test func twoRoadsJoinedByHe() {
        #expect(Self.labels("杭州市西湖区文一路和学院路交叉口")
            == ["city:杭州市", "district:西湖区", "road:文一路", "assist:和", "subroad:学院路", "assist:交叉口"])
    }

    @Test func brandAfterAFloorAndWordsAfterARoomNumber() {
        #expect(Self.labels("杭州市上城区解放路88号百货大楼三楼KT童装")
            == ["city:杭州市", "district:上城区", "road:解放路", "roadno:88号", "poi:百货大楼", "floorno:三楼", "person:KT童装"])
        #expect(Self.labels("宁波市江北区青山小区8幢3单元702阁楼")
            == ["city:宁波市", "district:江北区", "poi:青山小区", "houseno:8幢", "cellno:3单元", "roomno:702", "redundant:阁楼"])
        // 号 + 门卫: the gate-keeper's lodge is a word of its own, not 号门 + 卫.
        #expect(Self.labels("宁波市江北区青山小区8幢301号门卫").suffix(2) == ["cellno:301号", "subpoi:门卫"])
    }

    @Test func buildingLetterThenRoom() {
        #expect(Self.labels("温州市鹿城区锦绣花园13B2706室")
            == ["city:温州市", "district:鹿城区", "poi:锦绣花园", "houseno:13B", "roomno:2706室"])
    }

    @Test func ordinalNumbersShopWordAndLocatingWordAfterAPlace() {
        #expect(Self.labels("温州市鹿城区车站大道88号华联购物中心第12层第3201号商铺")
            == ["city:温州市", "district:鹿城区", "road:车站大道", "roadno:88号", "poi:华联购物中心", "floorno:第12层",
                "roomno:第3201号", "redundant:商铺"])
        #expect(Self.labels("绍兴市越城区红星纺织厂院内") == ["city:绍兴市", "district:越城区", "poi:红星纺织厂", "assist:院内"])
    }

    @Test func aRoadRightAfterARoadIsASubroadAfterAPlaceToo() {
        #expect(Self.labels("杭州市拱墅区湖墅南路阳光小区东方路建设巷12号")
            == ["city:杭州市", "district:拱墅区", "road:湖墅南路", "poi:阳光小区", "road:东方路", "subroad:建设巷", "subroadno:12号"])
    }

    @Test func numberedStreetAndCountryStartingAName() {
        #expect(Self.labels("杭州市江干区5号大街18号") == ["city:杭州市", "district:江干区", "road:5号大街", "roadno:18号"])
        #expect(Self.labels("宁波市鄞州区中山东路88号中国农业银行鄞州支行")
            == ["city:宁波市", "district:鄞州区", "road:中山东路", "roadno:88号", "poi:中国农业银行鄞州支行"])
    }

    @Test func floorWrittenWithF() {
        #expect(Self.labels("杭州市滨江区江南大道588号恒鑫大厦12F").suffix(2) == ["poi:恒鑫大厦", "floorno:12F"])
        #expect(Self.labels("杭州市滨江区江南大道588号恒鑫大厦115F").suffix(2) == ["poi:恒鑫大厦", "floorno:115F"])
    }

    @Test func runOfRoomsAndMistypedBuildingWord() {
        #expect(Self.labels("杭州市西湖区文二路18号华星大厦A1205-1208").suffix(2) == ["poi:华星大厦", "roomno:A1205-1208"])
        #expect(Self.labels("宁波市江北区青山小区16撞302室").suffix(3) == ["poi:青山小区", "houseno:16撞", "roomno:302室"])
    }

    @Test func loneDirectionAfterAFloor() {
        #expect(Self.labels("杭州市西湖区文三路90号东部软件园3号楼5楼西").suffix(2) == ["floorno:5楼", "assist:西"])
    }

    @Test func doubledDashesInACompressedNumber() {
        // Each run of dashes is one separator piece spelling the whole run.
        let parsed = AddressParserTests.parser.parse("金华市婺城区红星小区16--7--426")
        #expect(AddressParserTests.labels(parsed).suffix(5) == ["houseno:16", "redundant:--", "cellno:7", "redundant:--", "roomno:426"])
        #expect(parsed.components.last?.value == "426室")
    }

    @Test func townWrittenAfterItsCountysName() {
        // 枝江市 + 白洋镇 (a town of 枝江市): two pieces, not one town.
        #expect(Self.labels("湖北省宜昌市龙泉镇枝江市白洋镇长江路8号").contains("town:白洋镇"))
        // After the chain has named the county, the bare name again is the slip.
        #expect(Self.labels("浙江省宁波市慈溪市宁波慈溪观海卫镇卫北路2号").contains("town:观海卫镇"))
    }

    @Test func lineStartingWithATownsBareName() {
        // 店口 (店口镇 of 诸暨) before a place with a name of its own.
        #expect(Self.labels("店口华美五金市场8幢1203").starts(with: ["town:店口", "poi:华美五金市场"]))
        // Before a short name and its generic it is the place's own name.
        #expect(Self.labels("四季青广场5号").first == "poi:四季青广场")
        // A one-character generic ends as many estates named after a town
        // elsewhere: the estate stays whole.
        #expect(Self.labels("竹海水韵春风里12-3-1001").first == "poi:竹海水韵春风里")
        // A stem that is a road's name with its generic stays the road.
        #expect(Self.labels("长江路广宇花园6栋").first == "road:长江路")
    }

    @Test func numberWithHaoAfterABuildingIsAUnitOrARoom() {
        #expect(Self.labels("宁波市江北区青山小区8幢3号").suffix(2) == ["houseno:8幢", "cellno:3号"])
        // Four digits are a room; three at the end of the address too.
        #expect(Self.labels("宁波市江北区青山小区8幢1502号").suffix(2) == ["houseno:8幢", "roomno:1502号"])
        #expect(Self.labels("宁波市江北区青山小区8幢702号").suffix(2) == ["houseno:8幢", "roomno:702号"])
        #expect(Self.labels("宁波市江北区青山小区8幢702号3楼").suffix(3) == ["houseno:8幢", "cellno:702号", "floorno:3楼"])
    }

    @Test func bareDigitsAfterARoadOrAVillageAreItsDoorplate() {
        #expect(Self.labels("杭州市拱墅区城北花园对面莫干山路1186").suffix(2) == ["road:莫干山路", "roadno:1186"])
        #expect(Self.labels("台州市临海市东塍镇白沙村1269").suffix(2) == ["community:白沙村", "roadno:1269"])
        // Two digits after a village are not its doorplate.
        #expect(Self.labels("台州市临海市东塍镇白沙村12").suffix(1) != ["roadno:12"])
    }

    @Test func numberWithHaoAfterAnEstateOrAParkIsABuilding() {
        #expect(Self.labels("绍兴市柯桥区华舍街道翠竹小区12号").suffix(2) == ["poi:翠竹小区", "houseno:12号"])
        #expect(Self.labels("宁波市北仑区大碶街道东山工业区11号").suffix(2) == ["poi:东山工业区", "houseno:11号"])
        // A park's number with a building after it is the park's doorplate.
        #expect(Self.labels("宁波市北仑区大碶街道东山工业区11号3幢").suffix(3)
            == ["poi:东山工业区", "roadno:11号", "houseno:3幢"])
        // After a bare place name in a village the number is the doorplate.
        #expect(Self.labels("宁波市北仑区大碶街道横山村石桥头25号").suffix(1) == ["roadno:25号"])
    }

    @Test func shortLetterCodeAfterAnEstateIsABuilding() {
        #expect(Self.labels("杭州市西湖区文三路99号青枫雅筑B9").suffix(2) == ["poi:青枫雅筑", "houseno:B9"])
        #expect(Self.labels("杭州市西湖区文三路99号青枫雅筑13c").suffix(2) == ["poi:青枫雅筑", "houseno:13c"])
        // A letter and four digits stay a room.
        #expect(Self.labels("杭州市西湖区文三路99号青枫雅筑B1905").suffix(2) == ["poi:青枫雅筑", "roomno:B1905"])
    }

    @Test func oneOrTwoBareDigitsAfterABuildingAreItsUnit() {
        #expect(Self.labels("杭州市江干区新塘路98号元华大厦b座81").suffix(2) == ["houseno:b座", "cellno:81"])
        #expect(Self.labels("杭州市江干区新塘路98号元华大厦b座812").suffix(2) == ["houseno:b座", "roomno:812"])
    }

    @Test func numberWithHaoAfterABarePlaceNameIsItsDoorplate() {
        // A hamlet's name right after the chain: its houses are numbered.
        #expect(Self.labels("浙江省嘉兴市海宁市石牛岸185号").suffix(2) == ["poi:石牛岸", "roadno:185号"])
        // Not with a floor after it, nor after a place with a generic word.
        #expect(Self.labels("浙江省嘉兴市海宁市石牛岸185号3楼").suffix(2) == ["houseno:185号", "floorno:3楼"])
        #expect(Self.labels("浙江省嘉兴市海宁市东湖影剧院185号").suffix(2) == ["poi:东湖影剧院", "houseno:185号"])
    }

    @Test func numberWithHaoInAMarketIsAStall() {
        #expect(Self.labels("温州市鹿城区黄龙鞋料市场C区279号").suffix(3) == ["poi:黄龙鞋料市场", "subpoi:C区", "roomno:279号"])
        #expect(Self.labels("金华市义乌市华丰汽配城516号").suffix(2) == ["poi:华丰汽配城", "roomno:516号"])
        // Not with a floor after it, nor with fewer than three digits.
        #expect(Self.labels("金华市义乌市华丰汽配城516号3楼").suffix(2) == ["houseno:516号", "floorno:3楼"])
        #expect(Self.labels("金华市义乌市华丰汽配城16号").suffix(1) == ["houseno:16号"])
    }

    @Test func numberedStreetInAMarketIsAnAisle() {
        #expect(Self.labels("金华市义乌市小商品城四区6街41272").suffix(4)
            == ["poi:小商品城", "subpoi:四区", "cellno:6街", "roomno:41272"])
        #expect(Self.labels("温州市苍南县钱库镇箱包市场11街182").suffix(3) == ["poi:箱包市场", "cellno:11街", "roomno:182"])
        // In Chinese numerals after a floor too.
        #expect(Self.labels("金华市义乌市小商品城四区六楼九街41126").suffix(3) == ["floorno:六楼", "cellno:九街", "roomno:41126"])
        // After an estate it stays a street.
        #expect(Self.labels("温州市苍南县钱库镇锦绣小区5街98号").suffix(2) == ["road:5街", "roadno:98号"])
    }

    @Test func numberedClusterOfAnEstate() {
        // 组团 (a cluster of an estate) is a place, not a village group (组).
        #expect(Self.labels("某某花园二组团8栋").starts(with: ["poi:某某花园", "subpoi:二组团", "houseno:8栋"]))
        #expect(Self.labels("新桥镇五组团60栋").starts(with: ["town:新桥镇", "poi:五组团"]))
        #expect(Self.labels("某某村5组6号").contains("road:5组"))
    }

    @Test func estateNamedAfterATown() {
        // 九堡 (九堡街道 of 上城区): before a name of its own it is the town;
        // before one character and an estate word the estate is named after it.
        #expect(Self.labels("杭州市上城区九堡东方名府8幢").contains("town:九堡"))
        #expect(Self.labels("杭州市上城区九堡家苑二区5幢").contains("poi:九堡家苑"))
    }

    @Test func townThatMovedToAnotherDistrictOfTheCity() {
        // 下沙街道 has been in 钱塘区 since 2021; 江干区, which had it, is now
        // 上城区. A legacy address keeps the old district before the town.
        #expect(Self.labels("杭州市江干区下沙某某花园3幢").contains("town:下沙"))
        // 临平街道 is in 临平区 now; 余杭区 before it is the old district.
        #expect(Self.labels("杭州市余杭区临平某某小区5幢").contains("town:临平"))
        // The county's own town comes first: 西塘桥 (海盐县), not 西塘 (嘉善县).
        #expect(Self.labels("嘉兴市海盐县西塘桥镇海塘村").starts(with: ["city:嘉兴市", "district:海盐县", "town:西塘桥镇"]))
    }

    @Test func bareDigitsEndingTheAddressAfterAHamletAreItsDoorplate() {
        #expect(Self.labels("宁波市北仑区小港街道孔墅村石塘头98").suffix(2) == ["poi:石塘头", "roadno:98"])
        // After an estate they stay a room.
        #expect(Self.labels("宁波市北仑区小港街道孔墅村阳光小区598").suffix(2) == ["poi:阳光小区", "roomno:598"])
    }

    @Test func listOfNumbersWithEnumerationCommas() {
        let parsed = AddressParserTests.parser.parse("金华市婺城区八一北路167、169、171号")
        #expect(AddressParserTests.labels(parsed).suffix(2) == ["road:八一北路", "roadno:167、169、171号"])
        #expect(Self.labels("某某大厦13、14号").last == "roomno:13、14号")
        // Numbers with their own unit each stay apart.
        #expect(Self.labels("文三路5号、7号").contains("redundant:、"))
    }
    @Test func placeNamedAfterAnEstateWordIsAPartOfIt() {
        // A mall or plaza with a name of its own after a building is a second place.
        #expect(Self.labels("杭州市西湖区文三路99号某某大厦嘉乐广场").suffix(2) == ["poi:某某大厦", "subpoi:嘉乐广场"])
        #expect(Self.labels("杭州市西湖区某某广场东方电器城").suffix(2) == ["poi:某某广场", "subpoi:东方电器城"])
        // Right after the estate word, or with a short name, it is still the same place.
        #expect(Self.labels("杭州市西湖区国际商务中心").last == "poi:国际商务中心")
        // Before 城 any name of its own makes a mall inside the place.
        #expect(Self.labels("杭州市西湖区某某大厦购物城").suffix(2) == ["poi:某某大厦", "subpoi:购物城"])
        #expect(Self.labels("宁波市北仑区明州路88号宏达工业区商贸城5楼").suffix(3)
            == ["poi:宏达工业区", "subpoi:商贸城", "floorno:5楼"])
    }

    @Test func namedCourtAfterALongEstateName() {
        #expect(Self.labels("杭州市西湖区某某水岸碧海苑3幢2单元")
            == ["city:杭州市", "district:西湖区", "poi:某某水岸", "subpoi:碧海苑", "houseno:3幢", "cellno:2单元"])
        // Six characters with 苑 are one estate's name.
        #expect(Self.labels("杭州市西湖区中泰都市花苑5幢").suffix(2) == ["poi:中泰都市花苑", "houseno:5幢"])
    }

    @Test func letteredSectionBeforeARoomOrAtTheEndJoinsTheEstate() {
        #expect(Self.labels("金华市义乌市翠湖花园B区1203").suffix(2) == ["poi:翠湖花园B区", "roomno:1203"])
        #expect(Self.labels("金华市义乌市翠湖花园B区").last == "poi:翠湖花园B区")
        // A market's or an office tower's hall, and a longer code, stay parts of their own.
        #expect(Self.labels("金华市义乌市小商品市场B区1203").suffix(3) == ["poi:小商品市场", "subpoi:B区", "roomno:1203"])
        #expect(Self.labels("杭州市西湖区某某大厦B区1203").suffix(3) == ["poi:某某大厦", "subpoi:B区", "roomno:1203"])
        #expect(Self.labels("杭州市西湖区某某银泰C1区1203").suffix(3) == ["poi:某某银泰", "subpoi:C1区", "roomno:1203"])
    }
    @Test func deskOrGateWordAfterAPlaceIsAPieceOfItsOwn() {
        #expect(Self.labels("某某路12号某某酒店前台").suffix(2) == ["poi:某某酒店", "person:前台"])
        #expect(Self.labels("某某路12号某某公寓门卫").suffix(2) == ["poi:某某公寓", "subpoi:门卫"])
        #expect(Self.labels("某某路12号某某城北门").suffix(2) == ["poi:某某城", "subpoi:北门"])
        // A lodge after a name with no estate word of its own.
        #expect(Self.labels("某某路12号某某党校门卫室").suffix(2) == ["poi:某某党校", "subpoi:门卫室"])
    }

    @Test func roadNamedAfterATownAndOneMoreCharacter() {
        // 余杭 is a town's stem, but one character before 路 is too short a
        // road name of its own: the road is named after the town.
        #expect(Self.labels("杭州市余杭区余杭禾路5号") == ["city:杭州市", "district:余杭区", "road:余杭禾路", "roadno:5号"])
        // A direction's generic (中路) or a second road word leaves the town apart.
        #expect(Self.labels("宁波市北仑区小港禾中路5号").contains("town:小港"))
        #expect(Self.labels("温州市永嘉县瓯北禾道东路5号").contains("town:瓯北"))
        // 某某门内大街, 某某门外大街: inside or outside a gate names the road.
        #expect(Self.labels("北京市东城区青禾门内大街5号").contains("road:青禾门内大街"))
        #expect(Self.labels("北京市东城区青禾门外大街5号").contains("road:青禾门外大街"))
        // Also when the gate names a town (建国门街道): the stem is the road's name.
        #expect(Self.labels("北京市东城区建国门内大街5号").contains("road:建国门内大街"))
    }

    @Test func loneMiddleUpOrDownIsALocatingWord() {
        // 中, 上, 下 alone after an estate, a floor, a room or a locating word.
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦3楼中12号").suffix(3) == ["floorno:3楼", "assist:中", "roomno:12号"])
        #expect(Self.labels("金华市婺城区春辉路阳光小区中5栋").suffix(3) == ["poi:阳光小区", "assist:中", "houseno:5栋"])
        #expect(Self.labels("杭州市西湖区文三路99号华星大厦1203室西").suffix(2) == ["roomno:1203室", "assist:西"])
    }

    @Test func zhuanInsideANameIsNotARecipientMark() {
        // 转 (forward to) is no generic word: 转塘, 转运仓, 转盘 are names.
        #expect(Self.labels("杭州转塘镇某某花苑3幢") == ["city:杭州", "town:转塘镇", "poi:某某花苑", "houseno:3幢"])
        #expect(Self.labels("宁波市江北区人民路12号某某物流转运仓").last == "poi:某某物流转运仓")
    }

    @Test func numberedPlotIsOnePiece() {
        // 30号地块: a numbered plot of an estate, one piece like 79号门.
        #expect(Self.labels("温州市鹿城区某某鞋都二期30号地块").suffix(2) == ["subpoi:二期", "person:30号地块"])
        #expect(Self.labels("温州市鹿城区某某鞋都30号地块8栋").suffix(3) == ["poi:某某鞋都", "subpoi:30号地块", "houseno:8栋"])
    }

    @Test func deskAfterAPlaceNameIsTheTenant() {
        // The place before the desk is a piece of its own: the estate where
        // none was named yet, else a part of it.
        #expect(Self.labels("杭州市西湖区某某路100号某某湾前台").suffix(2) == ["poi:某某湾", "person:前台"])
        #expect(Self.labels("宁波市海曙区某某路12号第一医院行政部财务科").suffix(3)
            == ["poi:第一医院", "subpoi:行政部", "person:财务科"])
        // A name of one character before it is a name (龚大堂).
        #expect(Self.labels("金华市义乌市龚大堂").last == "poi:龚大堂")
    }

    @Test func entranceEndAndStreetMouthAreLocatingWords() {
        #expect(Self.labels("杭州市西湖区文三路和某某巷街口某某大厦").suffix(2) == ["assist:街口", "poi:某某大厦"])
        #expect(Self.labels("宁波市鄞州区某某路某某立交桥南端某某物流").suffix(3) == ["poi:某某立交桥", "assist:南端", "subpoi:某某物流"])
        #expect(Self.labels("杭州市西湖区某某街入口处某某专卖店").suffix(2) == ["assist:入口处", "poi:某某专卖店"])
        #expect(Self.labels("宁波市慈溪市某某镇桃园西路到底").last == "assist:到底")
    }

    @Test func shopAfterAStallNumberIsTheTenant() {
        #expect(Self.labels("杭州市江干区某某商城2153某某服饰").suffix(3) == ["poi:某某商城", "roomno:2153", "person:某某服饰"])
        #expect(Self.labels("杭州市江干区某某市场1680号某某针织").last == "person:某某针织")
    }

    @Test func salesDeskAfterAFirmIsTheTenant() {
        #expect(Self.labels("杭州市江干区某某路84号某某食品经营部").suffix(2) == ["poi:某某食品", "person:经营部"])
        #expect(Self.labels("广州市番禺区某某大道某某立交桥旁某某汽车销售部").suffix(2) == ["subpoi:某某汽车", "person:销售部"])
    }

    @Test func codeRightAfterTheDivisionsIsRedundant() {
        #expect(Self.labels("浙江省金华市永康市000").last == "redundant:000")
        #expect(Self.labels("浙江省宁波市镇海区574JC").last == "redundant:574JC")
        // A road's code (county road X513) stays; so does a number after a road.
        #expect(Self.labels("浙江省衢州市常山县X513").last != "redundant:X513")
        #expect(Self.labels("浙江省衢州市常山县某某路12").last == "roadno:12")
    }

    @Test func numberedRoadInAWorksZone() {
        #expect(Self.labels("杭州市某某工业园区10号路5号").suffix(2) == ["road:10号路", "roadno:5号"])
        // Before 口 the number stays a doorplate.
        #expect(Self.labels("杭州市某某工业园区10号路口").contains("road:10号路") == false)
    }

    @Test func namedClusterIsAnEstate() {
        // 组团 (a residential cluster) after a name is the estate, not a village group and a stray 团.
        #expect(Self.labels("温州市鹿城区青禾组团10-1305").contains("poi:青禾组团"))
        // A numbered cluster after an estate stays its part.
        #expect(Self.labels("某某小区二组团3幢").prefix(2) == ["poi:某某小区", "subpoi:二组团"])
    }
}
