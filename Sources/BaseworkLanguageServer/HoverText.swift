import Basework

/// Hover (LSP `textDocument/hover`): who a mentioned person is and where we stand with them; what a
/// rung, `first-time` or `heat` means; what an `aim` or `mode` value means.
struct HoverText {
    let state: JournalState
    let document: OpenDocument
    var text: DocumentText { document.text }
    let encoding: PositionEncoding
    let today: Day

    func hover(at position: Position) -> Hover? {
        let line = text.line(position.line)
        if let matter = FrontMatterLines(text), matter.contains(line: position.line), let value = frontMatterValue(line) {
            return Hover(contents: MarkupContent(value: value), range: nil)
        }
        guard let token = LanguageServer.token(at: position, in: document, encoding) else { return nil }
        let range = Range(start: text.position(of: SourcePosition(line: position.line + 1, column: token.columns.lowerBound + 1), encoding),
                          end: text.position(of: SourcePosition(line: position.line + 1, column: token.columns.upperBound + 1), encoding))
        let value: String?
        switch token.kind {
        case .mention(let written): value = person(state.roster.canonical(written))
        case .wikilink(let target): value = Navigation.person(named: target, in: state.roster).map(person)
        case .hashtag(let tag): value = hashtag(tag.lowercased())
        }
        return value.map { Hover(contents: MarkupContent(value: $0), range: range) }
    }

    private func frontMatterValue(_ line: String) -> String? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon].trimmingSpaces
        let value = line[line.index(after: colon)...].trimmingSpaces.lowercased()
        switch key {
        case "aim": return Aim(rawValue: value).map { "**aim: \($0.rawValue)**: \(Vocabulary.meaning(of: $0))" }
        case "mode": return Mode(rawValue: value).map { "**mode: \($0.rawValue)**: \(Vocabulary.meaning(of: $0))" }
        default: return nil
        }
    }

    private func hashtag(_ tag: String) -> String? {
        if let rung = Rung(tag: tag) { return "**#\(rung.tag)**: rung \(rung.rawValue) of 8 on the ladder: \(Vocabulary.meaning(of: rung))" }
        if tag == "first-time" { return "**#first-time**: \(Vocabulary.firstTime)" }
        if tag == "heat" { return "**#heat**: \(Vocabulary.heat)" }
        return "**#\(tag)**: a free tag"
    }

    /// Name, role, group, standing, depth and when it was reached, last one-to-one, open and overdue
    /// follow-ups, first-timer status.
    func person(_ handle: String) -> String {
        let facts = state.model().facts.person(handle, on: today)
        var lines = ["**\(facts.person.name)** (@\(handle))"]
        var who = [facts.person.role.rawValue]
        if let group = facts.person.group { who.append(group) }
        if let standing = facts.standing { who.append("standing: \(standing.rawValue)") }
        lines.append(who.joined(separator: " · "))
        if state.roster.exists, !state.roster.knows(handle) { lines.append("_not in people.yml_") }
        if let deepest = facts.deepest, let reached = facts.reached {
            lines.append("Deepest rung: **\(deepest.tag)**, reached \(reached) (\(ago(reached)))")
        } else {
            lines.append("No interaction yet")
        }
        lines.append("Last one-to-one: " + (facts.lastOneToOne.map { "\($0), \(ago($0))" } ?? "none yet"))
        if let firstTimer = facts.firstTimer {
            lines.append(firstTimer.state == .overdue
                ? "First-timer: their one-to-one was due by \(firstTimer.dueBy) (**overdue**)"
                : "First-timer: owed a one-to-one by \(firstTimer.dueBy)")
        }
        if !facts.plans.isEmpty {
            lines.append("Follow-ups:")
            for plan in facts.plans {
                let state = plan.overdueDays.map { "**overdue** \($0) day\($0 == 1 ? "" : "s")" } ?? "open"
                lines.append("- \(state), due \(plan.due): \(plan.text)")
            }
        }
        lines.append("Mentioned in \(facts.entryCount) entr\(facts.entryCount == 1 ? "y" : "ies")")
        return lines.joined(separator: "\n\n")
    }

    private func ago(_ day: Day) -> String {
        let days = today.days(since: day)
        switch days {
        case 0: return "today"
        case 1: return "yesterday"
        case -1: return "tomorrow"
        case ..<0: return "in \(-days) days"
        default: return "\(days) days ago"
        }
    }
}
