/// Reads `basework.yml` (FORMAT 5); every key is optional and falls back to its default. The words that
/// values choose from (`week-start`, activities, aims) compare case-insensitively and are kept in lower case.
enum SettingsReader {
    static let keys = ["week-start", "follow-up-days", "heat-follow-up-days", "cold-after-days", "base-share-goal",
                       "justify", "plan", "heat-activities", "activities", "author", "cache"]

    static func read(_ source: SourceText, sink: inout DiagnosticSink) -> Settings {
        var settings = Settings()
        let value: YAMLValue?
        do {
            value = try YAMLReader.parse(source.text[...], firstLine: 1, growing: true)
        } catch {
            YAMLReader.report(error, in: "settings file", to: &sink)
            return settings
        }
        guard let value else { return settings }
        guard case .map(let pairs, _) = value else {
            sink.error(.badSetting, at: value.position, "basework.yml must be keys and values (`week-start: monday`), not \(value.shape)")
            return settings
        }
        for (key, keyAt, item) in pairs {
            read(key: key, keyAt: keyAt.start, value: item, into: &settings, sink: &sink)
        }
        return settings
    }

    private static func read(key: String, keyAt: SourcePosition, value: YAMLValue, into settings: inout Settings,
                             sink: inout DiagnosticSink) {
        func days(_ apply: (Int) -> Void) {
            guard let text = value.string, let number = Int(text), (0...3650).contains(number) else {
                return sink.error(.badSetting, at: value.position, "`\(key)` must be a whole number of days from 0 to 3650, not \(value.shape)")
            }
            apply(number)
        }
        func share(_ name: String, _ value: YAMLValue) -> Double? {
            guard let text = value.string, let number = Double(text), (0...1).contains(number) else {
                sink.error(.badSetting, at: value.position, "`\(name)` must be a share from 0 to 1 such as 0.6, not \(value.shape)")
                return nil
            }
            return number
        }
        func words() -> [String]? {
            guard case .list(let items, _) = value else {
                if value.isNull { return [] }
                sink.error(.badSetting, at: value.position, "`\(key)` must be a list such as [a, b], not \(value.shape)")
                return nil
            }
            let words = items.compactMap { $0.string?.lowercased() }
            guard words.count == items.count else {
                sink.error(.badSetting, at: value.position, "`\(key)` must be a list of words")
                return nil
            }
            return words
        }
        switch key {
        case "week-start":
            guard let text = value.string, let start = Settings.WeekStart(rawValue: text.lowercased()) else {
                return sink.error(.badSetting, at: value.position, "`week-start` must be monday or sunday, not \(value.shape)")
            }
            settings.weekStart = start
        case "follow-up-days": days { settings.followUpDays = $0 }
        case "heat-follow-up-days": days { settings.heatFollowUpDays = $0 }
        case "cold-after-days": days { settings.coldAfterDays = $0 }
        case "base-share-goal":
            if let goal = share(key, value) { settings.baseShareGoal = goal }
        case "justify":
            readJustify(value, into: &settings, sink: &sink)
        case "plan":
            guard case .map(let pairs, _) = value else {
                if value.isNull { return }
                return sink.error(.badSetting, at: value.position, "`plan` must map aims to shares (`new-people: 0.4`), not \(value.shape)")
            }
            var plan: [Aim: Double] = [:]
            for (name, nameAt, item) in pairs {
                guard let aim = Aim(rawValue: name.lowercased()) else {
                    sink.error(.badSetting, at: nameAt, "`plan` names \(name), which is not an aim: use new-people, deepen, cadre or relationships")
                    continue
                }
                plan[aim] = share("plan.\(name)", item)
            }
            settings.plan = Aim.allCases.compactMap { aim in plan[aim].map { (aim: aim, share: $0) } }
        case "heat-activities":
            if let list = words() { settings.heatActivities = list }
        case "activities":
            if let list = words() { settings.activities = list }
        case "author":
            guard let text = value.string, !text.isEmpty else {
                return sink.error(.badSetting, at: value.position, "`author` must be a handle, not \(value.shape)")
            }
            settings.author = text
        case "cache":
            if let flag = flag(value, key, sink: &sink) { settings.cache = flag }
        default:
            let hint = KeySpelling.likelyKey(for: key, among: keys).map { ": did you mean `\($0)`?" } ?? "; it is ignored"
            sink.warning(.unknownSetting, at: keyAt, "unknown setting `\(key)`\(hint)")
        }
    }

    private static func readJustify(_ value: YAMLValue, into settings: inout Settings, sink: inout DiagnosticSink) {
        guard case .map(let pairs, _) = value else {
            if value.isNull { return }
            return sink.error(.badSetting, at: value.position, "`justify` must hold base-share-below, support and aims-outside, not \(value.shape)")
        }
        for (key, keyAt, item) in pairs {
            switch key {
            case "base-share-below":
                guard let text = item.string, let number = Double(text), (0...1).contains(number) else {
                    sink.error(.badSetting, at: item.position, "`justify.base-share-below` must be a share from 0 to 1, not \(item.shape)")
                    continue
                }
                settings.justify.baseShareBelow = number
            case "support":
                if let flag = flag(item, "justify.support", sink: &sink) { settings.justify.support = flag }
            case "aims-outside":
                guard case .list(let items, _) = item else {
                    if !item.isNull { sink.error(.badSetting, at: item.position, "`justify.aims-outside` must be a list of aims, not \(item.shape)") }
                    continue
                }
                var aims: [Aim] = []
                for aimValue in items {
                    guard let aim = aimValue.string.flatMap({ Aim(rawValue: $0.lowercased()) }) else {
                        sink.error(.badSetting, at: aimValue.position, "`justify.aims-outside` lists \(aimValue.shape), which is not an aim: use new-people, deepen, cadre or relationships")
                        continue
                    }
                    aims.append(aim)
                }
                settings.justify.aimsOutside = aims
            default:
                sink.warning(.unknownSetting, at: keyAt, "unknown setting `justify.\(key)` is ignored")
            }
        }
    }

    /// A yes-or-no setting: `true` or `false` (`yes` and `no` too), in any case.
    private static func flag(_ value: YAMLValue, _ key: String, sink: inout DiagnosticSink) -> Bool? {
        guard let text = value.string, let flag = ["true": true, "false": false, "yes": true, "no": false][text.lowercased()] else {
            sink.error(.badSetting, at: value.position, "`\(key)` must be true or false, not \(value.shape)")
            return nil
        }
        return flag
    }
}
