/// Minutes as people write them in a journal (`1h30m`, `45m`), for messages about time.
enum MinutesText {
    static func format(_ minutes: Double) -> String {
        // Beyond a year of minutes the exact figure means nothing, and `Int(_:)` would trap on the absurd.
        guard minutes.isFinite, minutes < 525_600 else { return "more than a year" }
        let whole = Int(minutes.rounded())
        return whole >= 60 ? "\(whole / 60)h\(whole % 60 == 0 ? "" : "\(whole % 60)m")" : "\(whole)m"
    }
}
