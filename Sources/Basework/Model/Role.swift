/// Who a person is to the struggle (FORMAT 3.1); everyone but `base` is away from the base.
public enum Role: String, CaseIterable, Sendable {
    case base, staff, officer, professional, outside, comrade, opponent, other

    public var isBase: Bool { self == .base }
}

/// How involved a base person is on a day (FORMAT 3.1).
public enum Standing: String, CaseIterable, Sendable {
    case new, involved, cadre

    /// The standing that a deepest rung so far gives.
    public init(deepest: Rung?) {
        guard let deepest else { self = .new; return }
        if deepest >= .trained { self = .cadre } else if deepest >= .acted { self = .involved } else { self = .new }
    }
}

/// The four aims of the seed, in its order (FORMAT 2.5).
public enum Aim: String, CaseIterable, Sendable, Codable {
    case newPeople = "new-people", deepen, cadre, relationships
}

/// Building and sustaining mass work ourselves, or supporting work that others carry.
public enum Mode: String, CaseIterable, Sendable, Codable {
    case building, support
}
