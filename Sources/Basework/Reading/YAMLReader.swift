import CYaml

/// Reads YAML into `YAMLValue`s in one pass over libyaml's events, within limits that keep hostile
/// input harmless (`YAMLBudget`), with every value's range and syntax errors that say what to change.
///
/// `CYaml` is the libyaml that Yams builds; Yams keeps its event stream to itself and composes nodes
/// that basework would only convert again, so the events are read here directly.
enum YAMLReader {
    /// Deepest nesting accepted, and the most values one document may expand to beyond one per byte of
    /// its text (alias bombs). Without aliases a document has at most about one value per byte, so a long
    /// roster of thousands of people is never refused, while an alias bomb still stops near its own size.
    static let maxDepth = 64
    static let maxValues = 10_000

    /// Why a document cannot be read, and where.
    enum Failure: Error, Equatable {
        case syntax(String, SourcePosition)
        case duplicateKey(String, SourcePosition)
        case tooComplex(String, SourcePosition)
    }

    /// Parses one YAML document; `firstLine` is the file line of the text's first line.
    /// Nil for an empty document. With `growing`, the value limit grows with the text, so a roster of
    /// thousands of people is read while aliases that expand a small text past it are refused; an
    /// entry's front matter keeps the fixed limit.
    static func parse(_ text: Substring, firstLine: Int, growing: Bool = false) throws(Failure) -> YAMLValue? {
        try parse(text, firstLine: firstLine, maxDepth: maxDepth, maxValues: maxValues + (growing ? text.utf8.count : 0))
    }

    /// `parse` with the limits given.
    static func parse(_ text: Substring, firstLine: Int, maxDepth: Int, maxValues: Int) throws(Failure) -> YAMLValue? {
        var input = text
        let outcome = input.withUTF8 { bytes -> Result<YAMLValue?, Failure> in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else {
                return .failure(.tooComplex("there is not enough memory to read it", SourcePosition(line: firstLine, column: 1)))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1), bytes.count)
            var builder = Builder(places: YAMLPlaces(text, firstLine: firstLine),
                                  budget: YAMLBudget(maxDepth: maxDepth, maxValues: maxValues))
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) != 0 else { return .failure(builder.failure(of: parser)) }
                defer { yaml_event_delete(&event) }
                do throws(Failure) {
                    if try builder.take(event) { return .success(builder.root) }
                } catch {
                    return .failure(error)
                }
            }
        }
        return try outcome.get()
    }

    /// The values being built from the events: every list and map still open, and the anchors seen.
    private struct Builder {
        var places: YAMLPlaces
        var budget: YAMLBudget
        var root: YAMLValue?
        private var open: [Collection] = []
        private var anchors: [String: YAMLValue] = [:]
        private var documents = 0

        init(places: YAMLPlaces, budget: YAMLBudget) {
            self.places = places
            self.budget = budget
        }

        /// A list or map not yet ended.
        struct Collection {
            let isMap: Bool
            let flow: Bool
            let anchor: String?
            let start: SourcePosition
            var end: SourcePosition
            var items: [YAMLValue] = []
            var pairs: [(key: String, keyAt: SourceRange, value: YAMLValue)] = []
            var key: YAMLValue?
            /// The keys so far: a list while the map is small (a front matter's), a set once it grows (a roster's).
            var keys: [String] = []
            var keySet: Set<String>?

            /// Notes a key of the map; false when the map has it already.
            mutating func insert(key: String) -> Bool {
                if keySet == nil && keys.count < 16 {
                    if keys.contains(key) { return false }
                    keys.append(key)
                    return true
                }
                if keySet == nil { keySet = Set(keys) }
                return keySet!.insert(key).inserted
            }
        }

        /// Takes one event; true at the end of the stream.
        mutating func take(_ event: yaml_event_t) throws(Failure) -> Bool {
            let start = places.position(event.start_mark)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw .syntax("expected a single document in the stream, but found another document", start)
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let anchor = Self.name(scalar.anchor)
                try check(budget.scalar(anchor: anchor, at: start))
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let from = scalar.anchor == nil && scalar.tag == nil ? start : afterProperties(event.start_mark, start)
                // An empty value after an anchor or tag (`&a:`) ends where its properties end, not before.
                let value = YAMLValue.scalar(text, SourceRange(from, max(from, places.position(event.end_mark))),
                                             quoted: scalar.style != YAML_PLAIN_SCALAR_STYLE)
                if let anchor { anchors[anchor] = value }
                try add(value)
            case YAML_ALIAS_EVENT:
                let anchor = Self.name(event.data.alias.anchor) ?? ""
                try check(budget.alias(anchor, at: start))
                guard let value = anchors[anchor] else { throw .syntax("found undefined alias `*\(anchor)`", start) }
                try add(value.placed(at: SourceRange(start, places.position(event.end_mark))))
            case YAML_SEQUENCE_START_EVENT:
                let list = event.data.sequence_start
                let anchor = Self.name(list.anchor)
                try check(budget.open(anchor: anchor, at: start))
                let from = list.anchor == nil && list.tag == nil ? start : afterProperties(event.start_mark, start)
                open.append(Collection(isMap: false, flow: list.style == YAML_FLOW_SEQUENCE_STYLE, anchor: anchor, start: from, end: from))
            case YAML_MAPPING_START_EVENT:
                let map = event.data.mapping_start
                let anchor = Self.name(map.anchor)
                try check(budget.open(anchor: anchor, at: start))
                let from = map.anchor == nil && map.tag == nil ? start : afterProperties(event.start_mark, start)
                open.append(Collection(isMap: true, flow: map.style == YAML_FLOW_MAPPING_STYLE, anchor: anchor, start: from, end: from))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try check(budget.close(at: start))
                guard let done = open.popLast() else { return false }
                // A flow collection ends after its bracket; a block one with its last value, not at the
                // next key or the end of the text where libyaml ends it.
                let range = SourceRange(done.start, done.flow ? places.position(event.end_mark) : done.end)
                let value: YAMLValue = done.isMap ? .map(done.pairs, range) : .list(done.items, range)
                if let anchor = done.anchor { anchors[anchor] = value }
                try add(value)
            default:
                break
            }
            return false
        }

        /// Stops at a limit the budget went over.
        private mutating func check(_ excess: YAMLBudget.Excess?) throws(Failure) {
            if let excess { throw YAMLReader.failure(excess, maxDepth: budget.maxDepth, maxValues: budget.maxValues) }
        }

        /// Where a value written after an anchor or a tag (`&name`, `!tag`) starts: libyaml's event starts
        /// at those, and a diagnostic about the value belongs at the value.
        private mutating func afterProperties(_ mark: yaml_mark_t, _ start: SourcePosition) -> SourcePosition {
            let text = places.text
            var index = places.index(of: mark)
            var position = start
            var inProperty = false
            while index < text.endIndex {
                let character = text[index]
                if character == "&" || character == "!" {
                    inProperty = true
                } else if character == "\n" || character == "\r\n" {
                    inProperty = false
                    position = SourcePosition(line: position.line + 1, column: 0)
                } else if character == " " || character == "\t" {
                    inProperty = false
                } else if !inProperty {
                    break
                }
                position.column += 1
                index = text.index(after: index)
            }
            return position
        }

        /// Puts a finished value in the open collection, or makes it the root.
        private mutating func add(_ value: YAMLValue) throws(Failure) {
            guard !open.isEmpty else {
                root = value
                return
            }
            let last = open.count - 1
            open[last].end = value.range.end
            guard open[last].isMap else {
                open[last].items.append(value)
                return
            }
            guard let key = open[last].key else {
                if case .scalar(let text, let at, _) = value, !open[last].insert(key: text) {
                    throw .duplicateKey(text, at.start)
                }
                open[last].key = value
                return
            }
            open[last].pairs.append((key.string ?? key.shape, key.range, value))
            open[last].key = nil
        }

        /// The failure for libyaml's error: its words, and a hint where one fits (`YAMLHint`).
        mutating func failure(of parser: yaml_parser_t) -> Failure {
            let problem = parser.problem.map { String(cString: $0) } ?? "it cannot be read"
            if parser.error == YAML_READER_ERROR {
                let offset = min(parser.problem_offset, places.text.utf8.count)
                return .syntax(problem, places.position(of: places.text.utf8.index(places.text.startIndex, offsetBy: offset)))
            }
            let problemAt = places.index(of: parser.problem_mark)
            let position = places.position(parser.problem_mark)
            // libyaml's own nesting guard (1,000 levels) can fire while it scans ahead.
            if problem.contains("nesting level") {
                return YAMLReader.failure(.tooDeep(position), maxDepth: budget.maxDepth, maxValues: budget.maxValues)
            }
            let context = parser.context.map { String(cString: $0) }
            let contextAt = context == nil ? nil : places.index(of: parser.context_mark)
            let words = [context, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            guard let hint = YAMLHint.find(problem: problem, context: context, problemAt: problemAt, contextAt: contextAt,
                                           in: places.text) else {
                return .syntax(words, position)
            }
            return .syntax("\(words); \(hint.advice)", places.position(of: hint.at))
        }

        private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
        }
    }

    /// The failure for a document over a limit.
    private static func failure(_ excess: YAMLBudget.Excess, maxDepth: Int, maxValues: Int) -> Failure {
        switch excess {
        case .tooDeep(let at):
            .tooComplex("it nests lists and maps more than \(maxDepth) levels deep", at)
        case .tooMany(let at, let throughAliases):
            .tooComplex(throughAliases ? "its aliases (`*name`) expand it to more than \(maxValues) values"
                                       : "it has more than \(maxValues) values", at)
        }
    }
}
