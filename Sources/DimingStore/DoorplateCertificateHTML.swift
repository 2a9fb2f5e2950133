import DimingQR

/// The printable doorplate certificate (门牌证): one A5 page with the
/// certificate's fields and the digital-doorplate QR code inline as SVG, so
/// the page is a single file that prints the same anywhere.
public enum DoorplateCertificateHTML {
    public static func render(
        _ certificate: DoorplateCertificate, errorCorrection: QRErrorCorrection = .medium
    ) throws(QRError) -> String {
        let qr = try certificate.payload.qrCode(errorCorrection: errorCorrection)
        let e = HTMLText.escape
        let rows: [(String, String)] = [
            ("证书编号", certificate.certificateNumber),
            ("标准地址", certificate.standardAddress),
            ("道路", certificate.road ?? "—"),
            ("门牌号", certificate.number),
            ("地址编码", certificate.code),
            ("申请人", certificate.applicant),
            ("发证机关", certificate.issuingOffice),
            ("发证日期", certificate.issuedOn),
        ]
        var html = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <title>门牌证 \(e(certificate.certificateNumber))</title>
            <style>
            @page { size: A5 landscape; margin: 12mm; }
            body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; color: #000; }
            .certificate { border: 3px double #000; padding: 8mm; max-width: 180mm; margin: 0 auto; }
            h1 { text-align: center; letter-spacing: 0.5em; font-size: 24pt; margin: 0 0 6mm; }
            .body { display: flex; gap: 8mm; align-items: flex-start; }
            table { border-collapse: collapse; flex: 1; font-size: 12pt; }
            th { text-align: left; white-space: nowrap; padding: 2mm 4mm 2mm 0; vertical-align: top; }
            td { padding: 2mm 0; }
            .qr { text-align: center; font-size: 9pt; }
            .qr svg { width: 40mm; height: 40mm; }
            </style>
            </head>
            <body>
            <div class="certificate">
            <h1>门牌证</h1>
            <div class="body">
            <table>

            """
        for (label, value) in rows {
            html += "<tr><th>\(label)</th><td>\(e(value))</td></tr>\n"
        }
        html += """
            </table>
            <div class="qr">
            \(qr.svg(scale: 4))
            <div>数字门牌</div>
            </div>
            </div>
            </div>
            </body>
            </html>

            """
        return html
    }
}
