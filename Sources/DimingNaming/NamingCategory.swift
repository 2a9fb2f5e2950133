/// The campaign category of a finding (清理整治不规范地名, 2018): 大 (exaggerated),
/// 洋 (foreign), 怪 (odd), 重 (duplicate or homophone), 封建 (feudal), plus 通名
/// for generic-term faults and 其他 for the rest. Raw values are what clerks
/// and the campaign reports use.
public enum NamingCategory: String, Sendable, CaseIterable, Codable {
    case exaggerated = "大"
    case foreign = "洋"
    case odd = "怪"
    case duplicate = "重"
    case feudal = "封建"
    case generic = "通名"
    case other = "其他"
}
