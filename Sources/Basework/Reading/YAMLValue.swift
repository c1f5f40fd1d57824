import Yams

/// A YAML value read from front matter, `people.yml` or `basework.yml`, with where it was written.
/// Scalars stay strings: basework decides what each key's value means, not YAML's tag rules.
indirect enum YAMLValue: Sendable {
    case scalar(String, SourceRange, quoted: Bool)
    case list([YAMLValue], SourceRange)
    case map([(key: String, keyAt: SourceRange, value: YAMLValue)], SourceRange)

    /// Where the value was written, from its first character to just after its last.
    var range: SourceRange {
        switch self {
        case .scalar(_, let at, _), .list(_, let at), .map(_, let at): at
        }
    }

    /// Where the value starts.
    var position: SourcePosition { range.start }

    /// The scalar's text; nil for a list or map.
    var string: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// A word for what this is, for messages ("a list").
    var shape: String {
        switch self {
        case .scalar(let text, _, _): text.isEmpty ? "empty" : "\"\(text)\""
        case .list: "a list"
        case .map: "a map"
        }
    }

    /// An empty scalar, `~` or `null`, written without quotes.
    var isNull: Bool {
        if case .scalar(let text, _, let quoted) = self { return !quoted && ["", "~", "null", "Null", "NULL"].contains(text) }
        return false
    }
}


/// Parses YAML with Yams into `YAMLValue`s, within limits that keep hostile input harmless.
enum YAMLReader {
    /// Deepest nesting accepted, and the most values one document may expand to beyond one per byte of
    /// its text (alias bombs). Without aliases a document has at most about one value per byte, so a long
    /// roster of thousands of people is never refused, while an alias bomb still stops near its own size.
    static let maxDepth = 64
    static let maxValues = 10_000

    enum Failure: Error {
        case syntax(String, SourcePosition)
        case duplicateKey(String, SourcePosition)
        case tooComplex(String, SourcePosition)
    }

    /// Parses one YAML document; `firstLine` is the file line of the text's first line.
    /// Nil for an empty document. With `growing`, the value limit grows with the text, so a roster of
    /// thousands of people is read while aliases that expand a small text past it are refused; an
    /// entry's front matter keeps the fixed limit.
    static func parse(_ text: Substring, firstLine: Int, growing: Bool = false) throws(Failure) -> YAMLValue? {
        let limit = maxValues + (growing ? text.utf8.count : 0)
        let excess = isSmall(text) ? nil : YAMLBudget.check(text, firstLine: firstLine, maxDepth: maxDepth, maxValues: limit)
        switch excess {
        case .tooDeep(let at)?:
            throw .tooComplex("it nests lists and maps more than \(maxDepth) levels deep", at)
        case .tooMany(let at, let throughAliases)?:
            throw .tooComplex(throughAliases ? "its aliases (`*name`) expand it to more than \(limit) values"
                                             : "it has more than \(limit) values", at)
        case nil:
            break
        }
        let node: Node?
        do {
            // basework converts the nodes itself, so Yams gets no construction maps to build on every call.
            node = try Parser(yaml: String(text), resolver: .basic, constructor: Constructor([:], [:], [:]), encoding: .utf8)
                .singleRoot()
        } catch let error as YamlError {
            if case .duplicatedKeysInMapping(let keys, _) = error, let key = keys.first, let line = lastLine(startingWith: key, in: text) {
                throw .duplicateKey(key, SourcePosition(line: firstLine + line, column: 1))
            }
            throw failure(error, firstLine: firstLine)
        } catch {
            throw .syntax("\(error)", SourcePosition(line: firstLine, column: 1))
        }
        guard let node else { return nil }
        var budget = limit
        return try convert(node, firstLine: firstLine, limit: limit, budget: &budget)
    }

    /// Whether the document is surely within the limits without walking it: it has no alias (`*`), and
    /// every list or map owns at least one of `[ { - : ? ,`, so fewer of those than `maxDepth` bound
    /// its nesting, and its values to three per such character (a key, its value, the collection).
    /// Most front matter is this small; `YAMLBudget` walks the rest.
    static func isSmall(_ text: Substring) -> Bool {
        var indicators = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"): return false
            case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "?"), UInt8(ascii: ","):
                indicators += 1
                if indicators >= maxDepth { return false }
            default: continue
            }
        }
        return true
    }

    /// The offset of the last line whose first word is `key:`, for reporting a duplicate at its later claim.
    private static func lastLine(startingWith key: String, in text: Substring) -> Int? {
        var found: Int?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.drop(while: { $0 == " " || $0 == "-" })
            if content.hasPrefix(key + ":") || content.hasPrefix("\"\(key)\":") { found = offset }
        }
        return found
    }

    private static func failure(_ error: YamlError, firstLine: Int) -> Failure {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(line: firstLine - 1 + mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return .syntax(detail, at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .duplicateKey(duplicates.joined(separator: ", "), at(context.mark))
        case .reader(let problem, _, _, _):
            return .syntax(problem, SourcePosition(line: firstLine, column: 1))
        default:
            return .syntax("\(error)", SourcePosition(line: firstLine, column: 1))
        }
    }

    private static func convert(_ node: Node, firstLine: Int, limit: Int, budget: inout Int) throws(Failure) -> YAMLValue {
        let position = node.mark.map { SourcePosition(line: firstLine - 1 + $0.line, column: $0.column) }
            ?? SourcePosition(line: firstLine, column: 1)
        let range = SourceRange(position, position)
        budget -= 1
        guard budget >= 0 else {
            throw .tooComplex("it has more than \(limit) values", position)
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, range, quoted: scalar.style != .plain)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence { items.append(try convert(item, firstLine: firstLine, limit: limit, budget: &budget)) }
            return .list(items, range)
        case .mapping(let mapping):
            var pairs: [(key: String, keyAt: SourceRange, value: YAMLValue)] = []
            for (key, value) in mapping {
                let keyValue = try convert(key, firstLine: firstLine, limit: limit, budget: &budget)
                pairs.append((keyValue.string ?? keyValue.shape, keyValue.range,
                              try convert(value, firstLine: firstLine, limit: limit, budget: &budget)))
            }
            return .map(pairs, range)
        case .alias:
            throw .syntax("an alias that could not be resolved", position)
        }
    }
}
