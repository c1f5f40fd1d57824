/// The time report as named rows, dimension by dimension, in the order every renderer shows them.
public struct TimeBreakdown: Sendable {
    /// One key of a dimension and its minutes.
    public struct Row: Sendable {
        public var key: String
        public var minutes: Double
        /// The row's minutes over its dimension's total; nil when the total is 0.
        public var share: Double?
        /// For aims: the part of `minutes` whose aim was inferred (FORMAT 2.5); nil when none was.
        public var inferred: Double?
    }

    /// `role`, `standing`, `format`, `mode`, `activity` or `aim`.
    public var dimension: String
    /// What the minutes are: person-time (role, standing, format) or whole durations.
    public var measure: String
    public var rows: [Row]

    /// Role, standing and format are person-time (role and format with `unallocated`; standing is base
    /// person-time); mode, activity and aim are whole entry durations (`none` for no activity or aim).
    public static func of(_ report: TimeReport) -> [TimeBreakdown] {
        func make(_ dimension: String, _ measure: String, _ pairs: [(String, Double)],
                  inferred: [String: Double] = [:]) -> TimeBreakdown {
            let total = pairs.reduce(0) { $0 + $1.1 }
            return TimeBreakdown(dimension: dimension, measure: measure, rows: pairs.map {
                Row(key: $0.0, minutes: $0.1, share: total > 0 ? $0.1 / total : nil, inferred: inferred[$0.0])
            })
        }
        let roles = Role.allCases.compactMap { role in report.byRole[role].map { (role.rawValue, $0) } }
            + (report.unallocated > 0 ? [("unallocated", report.unallocated)] : [])
        let standings = Standing.allCases.map { ($0.rawValue, report.byStanding[$0, default: 0]) }
        let formats = [("one-to-one", report.byFormat[.oneToOne, default: 0]),
                       ("one-to-many", report.byFormat[.oneToMany, default: 0])]
            + (report.unallocated > 0 ? [("unallocated", report.unallocated)] : [])
        let modes = Mode.allCases.map { ($0.rawValue, report.byMode[$0, default: 0]) }
        let activities = report.byActivity.map { ($0.key ?? "none", $0.value) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        let aims = Aim.allCases.compactMap { aim in report.byAim[aim].map { (aim.rawValue, $0) } }
            + (report.byAim[nil].map { [("none", $0)] } ?? [])
        return [make("role", "person-time", roles), make("standing", "base person-time", standings),
                make("format", "person-time", formats), make("mode", "entry time", modes),
                make("activity", "entry time", activities),
                make("aim", "entry time", aims,
                     inferred: Dictionary(uniqueKeysWithValues: report.byAimInferred.map { ($0.key.rawValue, $0.value) }))]
    }
}
