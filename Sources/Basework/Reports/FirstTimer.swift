/// A person flagged `#first-time` in a heat entry, still owed a one-to-one on a day (FORMAT 3.6).
public struct FirstTimer: Hashable, Sendable {
    /// `open` while the window lasts, `overdue` once the day is past it.
    public enum State: String, Hashable, Sendable, Encodable { case open, overdue }

    public var handle: String
    /// Index into `Journal.entries` of the heat entry.
    public var entry: Int
    /// The heat entry's date.
    public var date: Day
    /// The last day of the window: the entry's date plus `heat-follow-up-days`.
    public var dueBy: Day
    public var state: State

    public init(handle: String, entry: Int, date: Day, dueBy: Day, state: State) {
        self.handle = handle
        self.entry = entry
        self.date = date
        self.dueBy = dueBy
        self.state = state
    }

    /// Every first-timer of the heat entries dated up to `day` that `supplies` accepts, who has had no one-to-one
    /// in another entry dated from their heat entry's date up to `day` (on time or late), in entry order, then
    /// by handle. Whether they had it looks at the whole journal.
    public static func owed(on day: Day, journal: Journal, history: History,
                            supplies: (Entry) -> Bool = { _ in true }) -> [FirstTimer] {
        var owed: [FirstTimer] = []
        for index in 0..<journal.entriesEnd(through: day)
        where journal.entries[index].isHeat(journal.settings) && journal.entries.withUnsafeBufferPointer({ supplies($0[index]) }) {
            let date = journal.entries[index].date
            let dueBy = date.adding(days: journal.settings.heatFollowUpDays)
            let firstTimers = journal.entries[index].interactions.filter(\.firstTime)
            for interaction in firstTimers.sorted(by: { $0.handle < $1.handle }) {
                let since = history.meetings(of: interaction.handle, from: date, through: day)
                let talked = since.indices.contains { since[$0].entry != index && since[$0].rung.isOneToOne }
                if !talked {
                    owed.append(FirstTimer(handle: interaction.handle, entry: index, date: date, dueBy: dueBy,
                                           state: day <= dueBy ? .open : .overdue))
                }
            }
        }
        return owed
    }
}
