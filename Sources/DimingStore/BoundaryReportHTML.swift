import DimingCore
import Foundation

/// The joint inspection report (联合检查报告) as one self-contained HTML page,
/// the document both bureaus sign: title with the sides, summary, marker
/// table, history across rounds, actions decided, a map, and a signature block
/// per side. All text is escaped; the page needs no network or scripts, so it
/// prints the same anywhere.
public enum BoundaryReportHTML {
    public static func render(_ report: BoundaryReport) -> String {
        let e = HTMLText.escape
        let allSides = uniqueSides(report)
        let title = "\(allSides.map(\.name).joined(separator: "、"))行政区域界线\(report.round.chineseLabel)联合检查报告"
        var h = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>\(e(title))</title>
            <style>
            body{font-family:"Noto Serif CJK SC","Songti SC",serif;max-width:60em;margin:2em auto;color:#111}
            table{border-collapse:collapse;margin:0.5em 0 1.5em}th,td{border:1px solid #666;padding:0.25em 0.6em;text-align:left}
            th{background:#eee}.num{text-align:right}.signatures{display:flex;gap:2em;margin-top:3em}
            .signature{flex:1;border-top:1px solid #111;padding-top:0.5em;min-height:9em}
            @media print{section.line{page-break-after:always}}
            </style></head><body>
            <h1>\(e(title))</h1>

            """
        h += "<section class=\"summary\"><h2>概况 Summary</h2><p>"
        h += "检查轮次：\(e(roundText(report)))"
        if let start = report.startedOn, let end = report.endedOn { h += "；检查时间：\(e(start)) 至 \(e(end))" }
        h += "。本报告涉及界线 \(report.lines.count) 条，界桩 \(report.lines.map(\.markers.count).reduce(0, +)) 个。</p>\n"
        h += "<table><tr><th>界线 Line</th><th>双方 Sides</th><th class=\"num\">界桩</th>"
        for key in BoundaryReport.countKeys { h += "<th class=\"num\">\(e(label(key)))</th>" }
        h += "</tr>\n"
        for line in report.lines {
            h += "<tr><td>\(e(line.line))</td><td>\(e(line.sides.map(\.name).joined(separator: "—")))</td><td class=\"num\">\(line.markers.count)</td>"
            for key in BoundaryReport.countKeys { h += "<td class=\"num\">\(line.counts[key] ?? 0)</td>" }
            h += "</tr>\n"
        }
        h += "</table></section>\n"

        for line in report.lines {
            let sideList = line.sides.map { $0.name + " " + $0.code }.joined(separator: " — ")
            h += "<section class=\"line\"><h2>\(e(line.line))（\(e(sideList))）</h2>\n"
            if let notes = line.notes {
                h += "<h3>界线走向与地形 Line notes</h3><ul>"
                for (name, value) in [("走向", notes.direction), ("清晰程度", notes.clarity), ("地形地貌变化", notes.landformChanges), ("争议", notes.disputes), ("平安边界协议", notes.agreement)] where !value.isEmpty {
                    h += "<li>\(e(name))：\(e(value))</li>"
                }
                h += "</ul>\n"
            }
            h += "<h3>界桩检查情况 Markers</h3>\n<table><tr><th>编号</th><th>类型</th><th>管理方</th><th>状况 Condition</th><th class=\"num\">位移 (m)</th><th>检查日期</th><th>检查人员</th><th>备注</th></tr>\n"
            for m in line.markers {
                h += "<tr><td>\(e(m.number))</td><td>\(e(typeLabel(m)))</td><td>\(e(m.managing ?? ""))</td><td>\(e(conditionLabel(m.condition)))</td>"
                h += "<td class=\"num\">\(m.displacementM.map { String(format: "%.2f", $0) } ?? "—")</td><td>\(e(m.inspectedOn ?? "—"))</td>"
                h += "<td>\(e(m.inspectors))</td><td>\(e(m.notes))\(m.amended ? "（更正）" : "")</td></tr>\n"
            }
            h += "</table>\n"

            let rounds = line.history.map(\.round)
            if !line.warnings.isEmpty {
                h += "<h3>提示 Warnings</h3><ul class=\"warnings\">"
                for w in line.warnings { h += "<li>\(e(w))</li>" }
                h += "</ul>\n"
            }
            let referenced = line.markers.filter { !$0.references.isEmpty }
            if !referenced.isEmpty {
                h += "<h3>方位物 Reference objects</h3>\n<table><tr><th>编号</th><th>方位物</th><th class=\"num\">方位角 (°)</th><th class=\"num\">距离 (m)</th></tr>\n"
                for m in referenced {
                    for r in m.references {
                        h += "<tr><td>\(e(m.number))</td><td>\(e(r.description))</td><td class=\"num\">\(r.bearingDeg.map { String(format: "%.1f", $0) } ?? "—")</td>"
                        h += "<td class=\"num\">\(r.distanceM.map { String(format: "%.1f", $0) } ?? "—")</td></tr>\n"
                    }
                }
                h += "</table>\n"
            }
            let photographed = line.markers.filter { !$0.photos.isEmpty }
            if !photographed.isEmpty {
                h += "<h3>照片 Photos</h3>\n<table><tr><th>编号</th><th>文件 File</th><th>SHA-256</th></tr>\n"
                for m in photographed {
                    for p in m.photos { h += "<tr><td>\(e(m.number))</td><td>\(e(p.path))</td><td><code>\(e(p.sha256))</code></td></tr>\n" }
                }
                h += "</table>\n"
            }

            h += "<h3>历次检查 History across rounds</h3>\n<table><tr><th>编号</th>"
            for r in rounds { h += "<th>第\(r)轮</th>" }
            h += "</tr>\n"
            for m in line.markers {
                h += "<tr><td>\(e(m.number))</td>"
                for r in rounds {
                    if let entry = m.history.first(where: { $0.round == r }) {
                        let shift = entry.displacementM.map { String(format: "，%.2f m", $0) } ?? ""
                        h += "<td>\(e(conditionLabel(entry.condition) + shift))</td>"
                    } else {
                        h += "<td>—</td>"
                    }
                }
                h += "</tr>\n"
            }
            h += "</table>\n"

            h += "<h3>处理意见 Actions decided</h3>\n"
            if line.actions.isEmpty {
                h += "<p>本轮检查未发现需要处理的界桩。</p>\n"
            } else {
                h += "<table><tr><th>编号</th><th>状况</th><th>处理措施</th><th>责任方</th><th>进度</th></tr>\n"
                for a in line.actions {
                    let actions = a.actions.compactMap { MarkerAction(rawValue: $0)?.chineseName }.joined(separator: "；")
                    let status = (a.status.flatMap { FollowUpStatus(rawValue: $0)?.chineseName } ?? "") + (a.statusNote.map { "（\($0)）" } ?? "")
                    h += "<tr><td>\(e(a.number))</td><td>\(e(conditionLabel(a.condition)))</td><td>\(e(actions))</td><td>\(e((a.managing ?? "管理方") + "（对方派员到场）"))</td><td>\(e(status))</td></tr>\n"
                }
                h += "</table>\n"
            }
            h += "<h3>界桩位置示意图 Map</h3>\n" + BoundaryMapSVG.render(line) + "\n</section>\n"
        }

        h += "<section class=\"signatures\">\n"
        for side in allSides {
            h += "<div class=\"signature\"><p>\(e(side.name))人民政府（民政局）</p><p>负责人（签字）：</p><p>（盖章）</p><p>日期：　　年　　月　　日</p></div>\n"
        }
        h += "</section>\n</body></html>\n"
        return h
    }

    /// 第5轮（第5轮行政区域界线联合检查）, or 专项检查（TITLE） for an ad hoc inspection.
    static func roundText(_ report: BoundaryReport) -> String {
        report.round.adHocTitle == report.title ? report.round.chineseLabel : "\(report.round.chineseLabel)（\(report.title)）"
    }

    /// Every side of the report's boundaries, first appearance first.
    static func uniqueSides(_ report: BoundaryReport) -> [BoundarySide] {
        var seen = Set<String>()
        return report.lines.flatMap(\.sides).filter { seen.insert($0.code).inserted }
    }

    /// 损坏、字迹不清 (damaged;illegible), or 未检查 for markers not inspected.
    static func conditionLabel(_ condition: String) -> String {
        if condition == "not-inspected" { return "未检查 (not-inspected)" }
        let chinese = condition.split(separator: ";").compactMap { MarkerCondition(rawValue: String($0))?.chineseName }
        return "\(chinese.joined(separator: "、")) (\(condition))"
    }

    static func label(_ key: String) -> String {
        MarkerCondition(rawValue: key)?.chineseName ?? "未检查"
    }

    static func typeLabel(_ m: BoundaryReport.Marker) -> String {
        let type = MarkerType(rawValue: m.type)?.chineseName ?? m.type
        return m.part.isEmpty ? type : "\(type) \(m.part)"
    }
}
