extension QRCode {
    /// The light margin the standard requires around the symbol, in modules.
    public static let quietZone = 4

    /// The symbol as SVG: one path of dark modules on a white square, sized
    /// `scale` user units per module, with crisp edges so that printers and
    /// scaling do not blur module boundaries.
    public func svg(scale: Int = 4) -> String {
        let n = size + 2 * Self.quietZone
        var path = ""
        for row in 0..<size {
            var column = 0
            while column < size {
                guard matrix[row, column] else {
                    column += 1
                    continue
                }
                var end = column
                while end < size && matrix[row, end] { end += 1 }
                // One rectangle per horizontal run of dark modules.
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(end - column)v1h-\(end - column)z"
                column = end
            }
        }
        let pixels = n * max(1, scale)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(pixels)" height="\(pixels)" viewBox="0 0 \(n) \(n)" \
            shape-rendering="crispEdges"><rect width="\(n)" height="\(n)" fill="#fff"/><path fill="#000" d="\(path)"/></svg>
            """
    }

    /// The symbol as a PNG of `scale` pixels per module, quiet zone included.
    public func png(scale: Int = 4) -> [UInt8] {
        let s = max(1, scale)
        let n = (size + 2 * Self.quietZone) * s
        var black = [Bool](repeating: false, count: n * n)
        for row in 0..<size {
            for column in 0..<size where matrix[row, column] {
                for dy in 0..<s {
                    let y = (row + Self.quietZone) * s + dy
                    for dx in 0..<s { black[y * n + (column + Self.quietZone) * s + dx] = true }
                }
            }
        }
        return PNGImage(width: n, height: n, black: black).data
    }
}
