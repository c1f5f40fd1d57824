/// One journal file: a piece of organizing work on one day (FORMAT 2).
public struct Entry: Hashable, Sendable {
    /// Path relative to the journal root, with `/` separators.
    public var path: String
    public var date: Day
    /// The work's duration in minutes (0 when the front matter gives none).
    public var minutes: Double
    public var activity: String?
    public var mode: Mode
    /// The aim given in the front matter; nil means it is inferred (FORMAT 3.4).
    public var aim: Aim?
    public var struggle: String?
    /// People reached one-to-many and not named.
    public var crowd: Int
    /// Front matter tags, lower case.
    public var tags: [String]
    /// Every hashtag written in the body, follow-up sections included, lower case, once each, in order.
    public var hashtags: [String]
    /// Front matter `justification` and the body's Justification or Why sections, joined; nil when none.
    public var justification: String?
    /// The front matter `author`; the settings' author applies when nil.
    public var author: String?
    /// The first heading of the body, for listings.
    public var title: String?
    /// One per distinct person, in order of first mention.
    public var interactions: [Interaction]
    public var followUps: [FollowUp]

    public init(path: String, date: Day, minutes: Double = 0, activity: String? = nil, mode: Mode = .building,
                aim: Aim? = nil, struggle: String? = nil, crowd: Int = 0, tags: [String] = [], hashtags: [String] = [],
                justification: String? = nil, author: String? = nil, title: String? = nil,
                interactions: [Interaction] = [], followUps: [FollowUp] = []) {
        self.path = path
        self.date = date
        self.minutes = minutes
        self.activity = activity
        self.mode = mode
        self.aim = aim
        self.struggle = struggle
        self.crowd = crowd
        self.tags = tags
        self.hashtags = hashtags
        self.justification = justification
        self.author = author
        self.title = title
        self.interactions = interactions
        self.followUps = followUps
    }

    /// A heat entry (FORMAT 2.6): collective action where people may be transformed.
    public func isHeat(_ settings: Settings) -> Bool {
        tags.contains("heat") || activity.map { settings.heatActivities.contains($0) } == true
    }

    /// Dates first, then paths: the order every list in the reports follows.
    public static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.date != b.date ? a.date < b.date : a.path < b.path
    }
}
