/// How every renderer writes a figure, so that it reads the same in each format: durations, shares and
/// counted nouns. Formatting only: every figure comes from a report.
public enum Wording {
    /// Whole minutes: `45m`, `2h 30m`, `13h 00m`; person-time is rounded to the minute.
    public static func duration(_ minutes: Double) -> String {
        let total = Int(minutes.rounded())
        guard total >= 60 else { return "\(total)m" }
        let rest = total % 60
        return "\(total / 60)h \(rest < 10 ? "0" : "")\(rest)m"
    }

    /// A share from 0 to 1 as a whole percentage; `–` when there is none.
    public static func percent(_ share: Double?) -> String {
        guard let share else { return "–" }
        return "\(Int((share * 100).rounded()))%"
    }

    /// A share beside its goal, `meets` saying which side of it the share is on: one decimal when rounding
    /// would make it look equal to the goal while being below it, or above (59.6% against 60% is not "60%").
    public static func percent(_ share: Double, meets: Bool, goal: Double) -> String {
        let whole = percent(share)
        guard whole == percent(goal) else { return whole }
        let tenths = Int((share * 1000).rounded(meets ? .up : .down))
        guard tenths != Int((goal * 1000).rounded()) else { return whole }
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// A part of a whole as a percentage; `–` when the whole is nothing.
    public static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? percent(part / whole) : "–"
    }
}

/// A count with its noun, the one pluraliser: "1 warning", "3 warnings", "1 entry", "2 entries".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
