/// The aim an entry served: the one its front matter gives, else the one inferred from its
/// person-time (FORMAT 2.5, 3.4), which every report marks as inferred.
public struct EntryAim: Hashable, Sendable {
    public var aim: Aim
    /// True when the front matter gives no aim.
    public var isInferred: Bool

    public init(aim: Aim, isInferred: Bool) {
        self.aim = aim
        self.isInferred = isInferred
    }

    /// Nil when the entry gives no aim and has only unallocated time.
    public init?(_ entry: Entry, _ time: PersonTime) {
        if let given = entry.aim {
            self.init(aim: given, isInferred: false)
        } else if let inferred = Aim(inferredFrom: time) {
            self.init(aim: inferred, isInferred: true)
        } else {
            return nil
        }
    }
}
