/// Shares drawn as one character each against a goal: `▁▂▃▄` below the goal, `▅▆▇█` at or above it,
/// `·` for a period with no share (no person-time). The scale bends at the goal so that, without
/// colour, "▅ and taller" reads as "met the goal".
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let gap: Character = "·"

    /// The character for one share.
    static func character(_ share: Double?, goal: Double) -> Character {
        guard let share else { return gap }
        let value = min(max(share, 0), 1)
        if value < goal {
            // 0 ..< goal spread over the four low levels.
            return levels[min(3, Int(value / goal * 4))]
        }
        guard goal < 1 else { return levels[7] }
        return levels[4 + min(3, Int((value - goal) / (1 - goal) * 4))]
    }

    /// One character per share, coloured when the style has colour: at or above the goal as good,
    /// below it as a warning.
    static func line(_ shares: [Double?], goal: Double, style: TerminalStyle = .plain) -> String {
        shares.map { share in
            let text = String(character(share, goal: goal))
            guard let share else { return style.dim(text) }
            return share >= goal ? style.good(text) : style.warning(text)
        }.joined()
    }
}

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
