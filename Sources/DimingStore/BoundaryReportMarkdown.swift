import DimingCore
import Foundation

/// The joint inspection report as Markdown, with the same content as the HTML
/// report except the map, for pasting into minutes and e-mails. Table cells
/// have `|` and line breaks neutralised so a note cannot break the table.
public enum BoundaryReportMarkdown {
    public static func render(_ report: BoundaryReport) -> String {
        let sides = BoundaryReportHTML.uniqueSides(report)
        var m = "# \(cell(sides.map(\.name).joined(separator: "、")))行政区域界线\(report.round.chineseLabel)联合检查报告\n\n"
        m += "## 概况 Summary\n\n检查轮次：\(cell(BoundaryReportHTML.roundText(report)))"
        if let start = report.startedOn, let end = report.endedOn { m += "；检查时间：\(start) 至 \(end)" }
        m += "。界线 \(report.lines.count) 条，界桩 \(report.lines.map(\.markers.count).reduce(0, +)) 个。\n\n"
        m += "| 界线 | 双方 | 界桩 | " + BoundaryReport.countKeys.map(BoundaryReportHTML.label).joined(separator: " | ") + " |\n"
        m += "|---|---|---:|" + String(repeating: "---:|", count: BoundaryReport.countKeys.count) + "\n"
        for line in report.lines {
            m += "| \(cell(line.line)) | \(cell(line.sides.map(\.name).joined(separator: "—"))) | \(line.markers.count) | "
            m += BoundaryReport.countKeys.map { String(line.counts[$0] ?? 0) }.joined(separator: " | ") + " |\n"
        }
        for line in report.lines {
            let sideList = line.sides.map { $0.name + " " + $0.code }.joined(separator: " — ")
            m += "\n## \(cell(line.line))（\(cell(sideList))）\n\n"
            if let notes = line.notes {
                for (name, value) in [("走向", notes.direction), ("清晰程度", notes.clarity), ("地形地貌变化", notes.landformChanges), ("争议", notes.disputes), ("平安边界协议", notes.agreement)] where !value.isEmpty {
                    m += "- \(name)：\(cell(value))\n"
                }
                m += "\n"
            }
            m += "### 界桩检查情况 Markers\n\n| 编号 | 类型 | 管理方 | 状况 | 位移 (m) | 检查日期 | 检查人员 | 备注 |\n|---|---|---|---|---:|---|---|---|\n"
            for k in line.markers {
                m += "| \(cell(k.number)) | \(cell(BoundaryReportHTML.typeLabel(k))) | \(cell(k.managing ?? "")) | \(cell(BoundaryReportHTML.conditionLabel(k.condition))) | "
                m += "\(k.displacementM.map { String(format: "%.2f", $0) } ?? "—") | \(k.inspectedOn ?? "—") | \(cell(k.inspectors)) | \(cell(k.notes))\(k.amended ? "（更正）" : "") |\n"
            }
            if !line.warnings.isEmpty {
                m += "\n### 提示 Warnings\n\n"
                for w in line.warnings { m += "- \(cell(w))\n" }
            }
            let referenced = line.markers.filter { !$0.references.isEmpty }
            if !referenced.isEmpty {
                m += "\n### 方位物 Reference objects\n\n| 编号 | 方位物 | 方位角 (°) | 距离 (m) |\n|---|---|---:|---:|\n"
                for k in referenced {
                    for r in k.references {
                        m += "| \(cell(k.number)) | \(cell(r.description)) | \(r.bearingDeg.map { String(format: "%.1f", $0) } ?? "—") | \(r.distanceM.map { String(format: "%.1f", $0) } ?? "—") |\n"
                    }
                }
            }
            let photographed = line.markers.filter { !$0.photos.isEmpty }
            if !photographed.isEmpty {
                m += "\n### 照片 Photos\n\n| 编号 | 文件 | SHA-256 |\n|---|---|---|\n"
                for k in photographed {
                    for p in k.photos { m += "| \(cell(k.number)) | \(cell(p.path)) | `\(p.sha256)` |\n" }
                }
            }
            let rounds = line.history.map(\.round)
            m += "\n### 历次检查 History across rounds\n\n| 编号 | " + rounds.map { "第\($0)轮" }.joined(separator: " | ") + " |\n"
            m += "|---|" + String(repeating: "---|", count: rounds.count) + "\n"
            for k in line.markers {
                let cells = rounds.map { r -> String in
                    guard let entry = k.history.first(where: { $0.round == r }) else { return "—" }
                    return cell(BoundaryReportHTML.conditionLabel(entry.condition) + (entry.displacementM.map { String(format: "，%.2f m", $0) } ?? ""))
                }
                m += "| \(cell(k.number)) | " + cells.joined(separator: " | ") + " |\n"
            }
            m += "\n### 处理意见 Actions decided\n\n"
            if line.actions.isEmpty {
                m += "本轮检查未发现需要处理的界桩。\n"
            } else {
                m += "| 编号 | 状况 | 处理措施 | 责任方 | 进度 |\n|---|---|---|---|---|\n"
                for a in line.actions {
                    let actions = a.actions.compactMap { MarkerAction(rawValue: $0)?.chineseName }.joined(separator: "；")
                    let status = (a.status.flatMap { FollowUpStatus(rawValue: $0)?.chineseName } ?? "") + (a.statusNote.map { "（\($0)）" } ?? "")
                    m += "| \(cell(a.number)) | \(cell(BoundaryReportHTML.conditionLabel(a.condition))) | \(cell(actions)) | \(cell((a.managing ?? "管理方") + "（对方派员到场）")) | \(cell(status)) |\n"
                }
            }
        }
        m += "\n## 签字 Signatures\n\n"
        for side in sides {
            m += "**\(cell(side.name))人民政府（民政局）**　负责人（签字）：＿＿＿＿　（盖章）　日期：＿＿＿＿\n\n"
        }
        return m
    }

    /// Text safe inside a table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
