/// Where a follow-up stands on a day (FORMAT 3.6).
public enum FollowUpState: Hashable, Sendable {
    /// Its box is ticked.
    case done
    /// Every person it names had a one-to-one in another entry; `by` is the index (into `Journal.entries`)
    /// of the entry that completed it.
    case satisfied(by: Int)
    /// Open past its due date by `days` days.
    case overdue(days: Int)
    case open

    /// The state on `day` of a follow-up held by the entry at index `entry` of `journal`.
    public init(of followUp: FollowUp, inEntry entry: Int, journal: Journal, history: History, on day: Day) {
        if followUp.done {
            self = .done
        } else if let by = FollowUpState.completion(of: followUp, inEntry: entry, journal: journal,
                                                      history: history, through: day) {
            self = .satisfied(by: by)
        } else if day > followUp.due {
            self = .overdue(days: day.days(since: followUp.due))
        } else {
            self = .open
        }
    }

    /// The entry that completed a follow-up by `day`: for each person it names, their earliest one-to-one in
    /// another entry dated from the follow-up's entry on; of those, the latest. Nil when someone has had none,
    /// or when it names no one. `Journal.entries` is in date-then-path order, so the latest is the highest index.
    static func completion(of followUp: FollowUp, inEntry entry: Int, journal: Journal, history: History,
                           through day: Day) -> Int? {
        guard !followUp.people.isEmpty else { return nil }
        let start = journal.entries[entry].date
        var latest: Int?
        for handle in followUp.people {
            let candidates = history.meetings(of: handle, from: start, through: day)
            guard let first = candidates.indices.first(where: {
                candidates[$0].entry != entry && candidates[$0].rung.isOneToOne
            }) else { return nil }
            latest = max(latest ?? candidates[first].entry, candidates[first].entry)
        }
        return latest
    }
}
