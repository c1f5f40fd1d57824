/// A horizontal bar: `value` of `maximum` drawn in `width` cells of `█`, any non-zero value at least one.
enum Bar {
    static func line(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0 else { return "" }
        return String(repeating: "█", count: max(1, Int((value / maximum * Double(width)).rounded())))
    }

    /// A share from 0 to 1 as `█` on a track of `·`, `width` cells in all.
    static func share(_ share: Double, width: Int) -> String {
        let filled = min(width, max(0, Int((share * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    }
}
