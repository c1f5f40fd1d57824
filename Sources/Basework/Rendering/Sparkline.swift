/// Shares drawn as one character each against a goal: `▁▂▃▄` below the goal, `▅▆▇█` at or above it,
/// `·` for a period with no share (no person-time). The scale bends at the goal so that, without
/// colour, "▅ and taller" reads as "met the goal". Whether a share meets the goal comes from the report.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let gap: Character = "·"

    /// One period's share and the report's verdict on it.
    struct Point {
        var share: Double?
        var meetsGoal: Bool?
    }

    /// The character for one share: below the goal spread over the four low levels, from the goal up
    /// over the four high ones.
    static func character(_ point: Point, goal: Double) -> Character {
        guard let share = point.share, let meets = point.meetsGoal else { return gap }
        let value = min(max(share, 0), 1)
        guard meets else { return levels[min(3, max(0, Int(value / goal * 4)))] }
        let headroom = 1 - goal
        guard headroom > 0 else { return levels[7] }
        return levels[4 + min(3, max(0, Int((value - goal) / headroom * 4)))]
    }

    /// One character per share, coloured when the style has colour: meeting the goal as good, below it
    /// as a warning.
    static func line(_ points: [Point], goal: Double, style: TerminalStyle = .plain) -> String {
        points.map { point in
            let text = String(character(point, goal: goal))
            guard let meets = point.meetsGoal else { return style.dim(text) }
            return meets ? style.good(text) : style.warning(text)
        }.joined()
    }
}
