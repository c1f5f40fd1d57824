/// A rung of the ladder of depth (FORMAT 2.3), shallowest first.
public enum Rung: Int, CaseIterable, Comparable, Sendable {
    case present = 1, talked, contact, followedUp, acted, trained, political, recruited

    /// The hashtag that marks the rung, without `#`; also its name in reports.
    public var tag: String {
        switch self {
        case .present: "present"
        case .talked: "talked"
        case .contact: "contact"
        case .followedUp: "followed-up"
        case .acted: "acted"
        case .trained: "trained"
        case .political: "political"
        case .recruited: "recruited"
        }
    }

    /// The rung a hashtag names (case-insensitive), if any.
    public init?(tag: String) {
        switch tag.lowercased() {
        case "present": self = .present
        case "talked": self = .talked
        case "contact": self = .contact
        case "followed-up": self = .followedUp
        case "acted": self = .acted
        case "trained": self = .trained
        case "political": self = .political
        case "recruited": self = .recruited
        default: return nil
        }
    }

    /// A one-to-one conversation: rung `talked` or deeper.
    public var isOneToOne: Bool { self >= .talked }

    public static func < (lhs: Rung, rhs: Rung) -> Bool { lhs.rawValue < rhs.rawValue }
}
