import Basework

/// The words of the format and what they mean, as FORMAT.md gives them (2.1, 2.3, 2.5), for
/// completion and hover.
enum Vocabulary {
    /// FORMAT 2.3's ladder table.
    static func meaning(of rung: Rung) -> String {
        switch rung {
        case .present: "was there, reached one-to-many only"
        case .talked: "a one-to-one conversation: we asked, listened, talked with them as a person"
        case .contact: "we got their contact details, so we can follow up"
        case .followedUp: "a one-to-one conversation after an earlier one"
        case .acted: "they took action themselves (walked the line, spoke up, signed, marched on the boss)"
        case .trained: "they were trained, or organized others with us (house visits, one-to-ones of their own)"
        case .political: "we talked political ideas with them"
        case .recruited: "they joined our political organization"
        }
    }

    static let firstTime = "flag: the person's first collective action (owed a one-to-one soon after a heat entry)"
    static let heat = "marks a heat entry: collective action where people may have a transformative experience"

    /// FORMAT 2.5.
    static func meaning(of aim: Aim) -> String {
        switch aim {
        case .newPeople: "moving new people into the struggle"
        case .deepen: "upping the commitment of people who are involved but not as involved as they could be"
        case .cadre: "working with cadre, who are sometimes staff and officers"
        case .relationships: "long-term relationships that let us raise political ideas and, in time, recruit"
        }
    }

    /// FORMAT 2.1.
    static func meaning(of mode: Mode) -> String {
        switch mode {
        case .building: "building and sustaining mass work ourselves (the default)"
        case .support: "supporting work that others carry"
        }
    }

    /// FORMAT 2.1's front matter keys, in its order, with what each holds.
    static let keys: [(key: String, meaning: String)] = [
        ("date", "required: the day the work happened, YYYY-MM-DD"),
        ("duration", "how long the work took: 3h, 45m, 1h30m, 1.5h or a number of hours"),
        ("activity", "what kind of work it was"),
        ("mode", "building (default) or support"),
        ("aim", "new-people, deepen, cadre or relationships; missing means inferred"),
        ("struggle", "the campaign or fight it belongs to"),
        ("crowd", "people reached one-to-many and not named"),
        ("people", "handles of people present, for entries that name them no other way"),
        ("tags", "free tags; heat marks a heat entry"),
        ("justification", "why this work is worth its cost"),
        ("author", "who wrote it, for journals kept by several organizers"),
    ]

    /// A handle's person as one line: name, role and group.
    static func detail(of person: Person) -> String {
        ([person.name, person.role.rawValue] + (person.group.map { [$0] } ?? [])).joined(separator: " · ")
    }
}
