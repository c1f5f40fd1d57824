/// A base person, `new` or `involved` on a day, whose last one-to-one is more than `cold-after-days`
/// before it (FORMAT 3.6).
public struct GoingCold: Hashable, Sendable {
    public var handle: String
    public var lastOneToOne: Day
    /// Days from the last one-to-one to the day judged.
    public var days: Int

    public init(handle: String, lastOneToOne: Day, days: Int) {
        self.handle = handle
        self.lastOneToOne = lastOneToOne
        self.days = days
    }

    /// Everyone going cold on `day`, among the people with an interaction dated up to it in an entry that
    /// `supplies` accepts; sorted by last one-to-one, then handle. Standing and the last one-to-one look at
    /// the whole journal. Someone who never had a one-to-one has nothing to go cold from and is left out.
    public static func people(on day: Day, journal: Journal, history: History,
                              supplies: (Entry) -> Bool = { _ in true }) -> [GoingCold] {
        var cold: [GoingCold] = []
        for handle in history.handles {
            let person = journal.roster.person(handle)
            guard person.role.isBase,
                  [.new, .involved].contains(history.standing(of: person, on: day)),
                  history.meetings(of: handle, through: day).contains(where: { supplies(journal.entries[$0.entry]) }),
                  let last = history.lastOneToOne(of: handle, through: day)
            else { continue }
            let days = day.days(since: last)
            if days > journal.settings.coldAfterDays {
                cold.append(GoingCold(handle: handle, lastOneToOne: last, days: days))
            }
        }
        return cold.sorted { $0.lastOneToOne != $1.lastOneToOne ? $0.lastOneToOne < $1.lastOneToOne : $0.handle < $1.handle }
    }
}
