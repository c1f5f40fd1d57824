import Basework

/// The one place where the language server uses the Reports API (depth over time, one-to-ones,
/// follow-up and first-timer state), so that a change there is met here alone: built once per
/// change of the journal, asked about one person at a time.
struct ReportFacts {
    let journal: Journal
    private let history: History

    init(_ journal: Journal) {
        self.journal = journal
        history = History(journal)
    }

    /// What the reports know about a person (canonical handle) on a day.
    func person(_ handle: String, on day: Day) -> PersonFacts {
        PersonFacts(handle, journal: journal, history: history, on: day)
    }
}

/// What the reports know about one person on a day, for hover.
struct PersonFacts {
    /// A follow-up naming the person that is still open, and how late it is.
    struct Plan {
        var text: String
        var due: Day
        /// Days past due; nil while it is not yet due.
        var overdueDays: Int?
        var path: String
        var line: Int
    }

    var person: Person
    /// Nil for anyone not `base`.
    var standing: Standing?
    var deepest: Rung?
    /// The first day the deepest rung was reached.
    var reached: Day?
    var lastOneToOne: Day?
    var plans: [Plan]
    /// Owed a one-to-one after their first collective action: `open` or `overdue`, and by when.
    var firstTimer: (state: FirstTimer.State, dueBy: Day)?
    /// Entries that mention them.
    var entryCount: Int

    init(_ handle: String, journal: Journal, history: History, on day: Day) {
        person = journal.roster.person(handle)
        standing = person.role.isBase ? history.standing(of: person, on: day) : nil
        let meetings = history.meetings(of: handle, through: day)
        let deepest = history.depth(of: handle, through: day)
        self.deepest = deepest
        reached = meetings.first { $0.rung == deepest }?.date
        lastOneToOne = history.lastOneToOne(of: handle, through: day)
        entryCount = meetings.count
        var plans: [Plan] = []
        for (index, entry) in journal.entries.enumerated() where entry.date <= day {
            for followUp in entry.followUps where followUp.people.contains(handle) {
                switch FollowUpState(of: followUp, inEntry: index, journal: journal, history: history, on: day) {
                case .open:
                    plans.append(Plan(text: followUp.text, due: followUp.due, path: entry.path, line: followUp.line))
                case .overdue(let days):
                    plans.append(Plan(text: followUp.text, due: followUp.due, overdueDays: days, path: entry.path, line: followUp.line))
                case .done, .satisfied:
                    break
                }
            }
        }
        self.plans = plans
        firstTimer = FirstTimer.owed(on: day, journal: journal, history: history)
            .last { $0.handle == handle }
            .map { ($0.state, $0.dueBy) }
    }
}
