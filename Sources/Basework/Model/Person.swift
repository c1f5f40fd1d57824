/// Someone in the roster (FORMAT 4), or someone mentioned and not in it (then `base`, no group).
public struct Person: Hashable, Sendable {
    public var handle: String
    /// Display name; the handle when the roster gives none.
    public var name: String
    public var role: Role
    /// A standing fixed by the roster, overriding the derived one.
    public var standing: Standing?
    /// Workplace, building or shift.
    public var group: String?
    public var aliases: [String]

    public init(handle: String, name: String? = nil, role: Role = .base, standing: Standing? = nil,
                group: String? = nil, aliases: [String] = []) {
        self.handle = handle
        self.name = name ?? handle
        self.role = role
        self.standing = standing
        self.group = group
        self.aliases = aliases
    }
}

/// The journal's `people.yml`: who is who, and which other handles mean them.
public struct Roster: Sendable {
    /// By canonical (lower-case) handle.
    public var people: [String: Person]
    /// Alias (lower case) to canonical handle.
    public var aliases: [String: String]
    /// Where each person's handle is written in `people.yml`, by canonical handle (for go-to-definition).
    public var places: [String: SourceRange]
    /// True when the journal has a `people.yml`: only then is an unknown handle a warning.
    public var exists: Bool

    public init(people: [Person] = [], aliases: [String: String] = [:], places: [String: SourceRange] = [:],
                exists: Bool = false) {
        self.people = Dictionary(people.map { ($0.handle, $0) }, uniquingKeysWith: { first, _ in first })
        self.aliases = aliases
        self.places = places
        self.exists = exists
    }

    /// The canonical handle for a handle as written (case ignored, aliases resolved).
    public func canonical(_ handle: String) -> String {
        let lower = handle.lowercased()
        if people[lower] != nil { return lower }
        return aliases[lower] ?? lower
    }

    /// Whether the roster names this handle (after aliases).
    public func knows(_ handle: String) -> Bool { people[canonical(handle)] != nil }

    /// The person for a canonical handle; someone not on the roster is `base` with no group.
    public func person(_ handle: String) -> Person { people[handle] ?? Person(handle: handle) }
}
