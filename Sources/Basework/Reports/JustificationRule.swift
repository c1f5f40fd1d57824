/// A rule of FORMAT 3.5 that makes an entry need a justification; cases are in FORMAT's order.
public enum JustificationRule: String, CaseIterable, Sendable {
    /// The entry's base share of person-time is below the settings' threshold.
    case baseShareBelow = "base-share-below"
    /// The entry's mode is `support`.
    case support
    /// The entry's aim, given or inferred, is not in the settings' list.
    case aimsOutside = "aims-outside"

    /// The rules that apply to an entry, in FORMAT 3.5's order.
    ///
    /// An entry with no person-time has no base share, so `base-share-below` does not judge it.
    /// An entry with no aim (no aim given and only unallocated time) is not judged by
    /// `aims-outside`: there is no aim to find outside the list. An empty `aims-outside` list
    /// turns the rule off, as the default settings (`[]`) intend.
    public static func applying(to entry: Entry, time: PersonTime, aim: EntryAim?,
                                rules: Settings.JustifyRules) -> [JustificationRule] {
        var applying: [JustificationRule] = []
        if let threshold = rules.baseShareBelow, let share = time.baseShare, share < threshold {
            applying.append(.baseShareBelow)
        }
        if rules.support && entry.mode == .support {
            applying.append(.support)
        }
        if !rules.aimsOutside.isEmpty, let aim, !rules.aimsOutside.contains(aim.aim) {
            applying.append(.aimsOutside)
        }
        return applying
    }
}
