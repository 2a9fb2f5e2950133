extension AddressParser {
    /// Two doorplates of three or more digits each and of the same length,
    /// the second larger (151-195号), are the stretch of a road a building
    /// fronts, one doorplate as written, however far apart: a building number
    /// behind a doorplate is short (82-11号).
    static func isDoorplateSpan(_ first: Int, _ second: Int) -> Bool {
        first >= 3 && first == second
    }
}
