/// Reads numbers out of normalized address text, by position, without
/// building strings: the matcher runs this on every line of a batch.
enum AddressScanner {
    static let hao: Unicode.Scalar = "号"
    static let zu: Unicode.Scalar = "组"
    static let zhi: Unicode.Scalar = "之"
    static let fu: Unicode.Scalar = "附"
    static let dash: Unicode.Scalar = "-"
    static let stems: [Unicode.Scalar] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func readInt(_ s: [Unicode.Scalar], at start: Int) -> (Int32, Int)? {
        var i = start
        var value: Int32 = 0
        while i < s.count, isDigit(s[i]) {
            if i - start < 9 { value = value * 10 + Int32(s[i].value - 0x30) }
            i += 1
        }
        return i > start ? (value, i) : nil
    }

    /// 一 … 九十九, as written in sub-numbers (之一, 附二).
    static func readChineseSmall(_ s: [Unicode.Scalar], at start: Int) -> (Int32, Int)? {
        func digit(_ c: Unicode.Scalar) -> Int32? {
            switch c {
            case "一": 1
            case "二", "两": 2
            case "三": 3
            case "四": 4
            case "五": 5
            case "六": 6
            case "七": 7
            case "八": 8
            case "九": 9
            default: nil
            }
        }
        var i = start
        var value: Int32 = 0
        if i < s.count, let d = digit(s[i]) {
            value = d
            i += 1
        }
        if i < s.count, s[i] == "十" {
            value = (value == 0 ? 1 : value) * 10
            i += 1
            if i < s.count, let d = digit(s[i]) {
                value += d
                i += 1
            }
        }
        return i > start ? (value, i) : nil
    }

    /// A Chinese numeral up to the thousands (一百零九, 三千二百), for the forms
    /// the normalizer leaves as written.
    static func readChineseNumber(_ s: [Unicode.Scalar], at start: Int) -> (Int32, Int)? {
        var i = start
        var total: Int32 = 0
        var digit: Int32 = -1
        while i < s.count {
            let c = s[i]
            if let d = chineseDigit(c) {
                if digit >= 0 { return nil }  // 一二: not a numeral
                digit = d
            } else if c == "十" || c == "百" || c == "千" {
                let unit: Int32 = c == "十" ? 10 : c == "百" ? 100 : 1000
                total += (digit < 0 ? 1 : digit) * unit
                digit = -1
            } else {
                break
            }
            i += 1
        }
        guard i > start else { return nil }
        if digit > 0 { total += digit }
        return total > 0 ? (total, i) : nil
    }

    static func chineseDigit(_ c: Unicode.Scalar) -> Int32? {
        switch c {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    static func stem(_ c: Unicode.Scalar) -> Int32? {
        stems.firstIndex(of: c).map { Int32(901 + $0) }
    }

    static func readSub(_ s: [Unicode.Scalar], at i: Int) -> (Int32, Int)? {
        if let r = readInt(s, at: i) { return (min(r.0, 899), r.1) }
        if let r = readChineseSmall(s, at: i) { return (min(r.0, 899), r.1) }
        return nil
    }

    /// A doorplate designation at `start`: `118号`, `118-1号`, `118号之一`,
    /// `118之1号`, `118号附1`, `118甲号`, `5组6号`. With `requireHao` false a
    /// bare number is taken too (劳动路118), unless what follows makes it a
    /// building, unit, room, floor or group.
    static func readDoorplate(_ s: [Unicode.Scalar], at start: Int, requireHao: Bool = true) -> (DoorplateKey, Int)? {
        guard let (first, afterFirst) = readInt(s, at: start) else {
            guard let (value, after) = readChineseNumber(s, at: start) else { return nil }
            if after < s.count, s[after] == hao, !(after + 1 < s.count && s[after + 1] == "楼") {
                return (DoorplateKey(base: value), after + 1)
            }
            // Right after a road, a numeral that ends the line is its doorplate (劳动路一百一十八).
            if !requireHao && (after == s.count || s[after] == " ") { return (DoorplateKey(base: value), after) }
            return nil
        }
        var i = afterFirst
        var key = DoorplateKey(base: first)
        if i < s.count, s[i] == zu {
            guard let (base, after) = readInt(s, at: i + 1) else { return nil }
            key = DoorplateKey(group: first, base: base)
            i = after
        }
        // Sub-number before 号: 118-1号, 118之1号, 118甲号.
        if i + 1 < s.count, s[i] == dash || s[i] == zhi, let (sub, after) = readSub(s, at: i + 1) {
            if after < s.count, s[after] == hao {
                key.sub = sub
                return (key, after + 1)
            }
            if s[i] == dash && (after == s.count || !isUnitStart(s, at: after)) && !requireHao {
                key.sub = sub
                return (key, after)
            }
        }
        if i + 1 < s.count, let st = stem(s[i]), s[i + 1] == hao {
            key.sub = st
            return (key, i + 2)
        }
        guard i < s.count, s[i] == hao else {
            if requireHao { return nil }
            if i < s.count, isUnitStart(s, at: i) || s[i] == dash { return nil }
            return (key, i)
        }
        // 号楼 is a building, not a doorplate.
        if i + 1 < s.count, s[i + 1] == "楼" { return nil }
        i += 1
        // Sub-number after 号: 118号之一, 118号附1(号), 118号-1, 118号甲.
        if i + 1 < s.count, s[i] == zhi || s[i] == fu || s[i] == dash, let (sub, after) = readSub(s, at: i + 1) {
            if !(after < s.count && isUnitStart(s, at: after)) {
                key.sub = sub
                i = after
                if s[i - 1] != hao, i < s.count, s[i] == hao, s[start..<i].contains(fu) { i += 1 }
                return (key, i)
            }
        }
        if i < s.count, let st = stem(s[i]) {
            key.sub = st
            return (key, i + 1)
        }
        return (key, i)
    }

    /// Whether the text at `i` is a word that makes the number before it a
    /// building, unit, room, floor or group.
    static func isUnitStart(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < s.count else { return false }
        switch s[i] {
        case "幢", "栋", "座", "单", "室", "层", "楼", "组", "户", "#": return true
        case "号": return i + 1 < s.count && s[i + 1] == "楼"
        default: return false
        }
    }

    /// Building, unit and room from `start`: `12幢3单元1001室`, `5栋2单元301`,
    /// `5号楼301室`, `12-3-1001`, `12-301`. Returns nil when nothing of the kind is there.
    static func readRooms(_ s: [Unicode.Scalar], at start: Int) -> (RoomKey, Int)? {
        var i = start
        while i < s.count, s[i] == " " { i += 1 }
        // Dashed form first: a-b-c or a-b.
        if let (a, afterA) = readInt(s, at: i), afterA < s.count, s[afterA] == dash,
            let (b, afterB) = readInt(s, at: afterA + 1)
        {
            if afterB < s.count, s[afterB] == dash, let (c, afterC) = readInt(s, at: afterB + 1) {
                var end = afterC
                if end < s.count, s[end] == "室" { end += 1 }
                return (RoomKey(building: a, unit: b, room: c), end)
            }
            if afterB == s.count || !isDigit(s[afterB]) {
                var end = afterB
                if end < s.count, s[end] == "室" { end += 1 }
                if end < s.count, s[end] == "单" { return nil }
                return (RoomKey(building: a, room: b), end)
            }
        }
        var key = RoomKey()
        var found = false
        while i < s.count {
            var j = i
            while j < s.count, s[j] == " " { j += 1 }
            guard let (value, after) = readInt(s, at: j) else { break }
            var k = after
            if k < s.count, s[k] == "幢" || s[k] == "栋" || s[k] == "座" || s[k] == "#" {
                guard key.building == 0 else { break }
                key.building = value
                k += 1
            } else if k + 1 < s.count, s[k] == "号", s[k + 1] == "楼" {
                guard key.building == 0 else { break }
                key.building = value
                k += 2
            } else if k + 1 < s.count, s[k] == "单", s[k + 1] == "元" {
                key.unit = value
                k += 2
            } else if k < s.count, s[k] == "室" || s[k] == "户" {
                key.room = value
                k += 1
            } else if k < s.count, s[k] == "层" || s[k] == "楼" {
                k += 1  // a floor: the room number carries it
            } else if k < s.count, s[k] == "号", key.building != 0, key.room == 0 {
                key.room = value
                k += 1
            } else if (k == s.count || !isDigit(s[k])) && found && key.room == 0 {
                key.room = value
            } else {
                break
            }
            found = true
            i = k
        }
        return found ? (key, i) : nil
    }
}
