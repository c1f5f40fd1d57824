import CYaml

/// Checks a YAML document's nesting and size, aliases expanded, before Yams composes it.
///
/// Yams composes recursively and hashes every mapping key to find duplicates; a key that is an alias
/// to a huge structure (a "billion laughs" bomb) makes that hash take forever, and deep nesting
/// overflows the small stacks of worker threads. So the document is first streamed through libyaml's
/// event parser, which does not recurse and stops at the first value over a limit:
/// - the nesting depth, counting what an alias stands for, must stay within `YAMLReader.maxDepth`;
/// - the number of values (scalars, lists and maps, each alias counted as what it stands for) must
///   stay within `YAMLReader.maxValues`.
/// Syntax errors are left for Yams to report, so the check only ever stops early. `CYaml` is the libyaml
/// that Yams builds and parses with; Yams keeps its event stream to itself, so it is imported directly.
enum YAMLBudget {
    enum Excess: Equatable {
        case tooDeep(SourcePosition)
        case tooMany(SourcePosition, throughAliases: Bool)
    }

    /// The first limit the document goes over, if any. `firstLine` is the file line of its first line.
    static func check(_ text: Substring, firstLine: Int, maxDepth: Int, maxValues: Int) -> Excess? {
        var copy = String(text)
        return copy.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) != 0 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? UnsafePointer(bitPattern: 1), bytes.count)
            var walk = Walk(maxDepth: maxDepth, maxValues: maxValues)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    // libyaml's own nesting guard (1,000 levels) can fire while it scans ahead.
                    guard let problem = parser.problem, String(cString: problem).contains("nesting level") else { return nil }
                    return .tooDeep(SourcePosition(line: firstLine + Int(parser.problem_mark.line),
                                                   column: Int(parser.problem_mark.column) + 1))
                }
                defer { yaml_event_delete(&event) }
                let at = SourcePosition(line: firstLine + Int(event.start_mark.line), column: Int(event.start_mark.column) + 1)
                let step: Walk.Step
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_SCALAR_EVENT: step = walk.value(size: 1, depth: 0, anchor: name(event.data.scalar.anchor), at: at)
                case YAML_ALIAS_EVENT: step = walk.alias(name(event.data.alias.anchor), at: at)
                case YAML_SEQUENCE_START_EVENT: step = walk.open(anchor: name(event.data.sequence_start.anchor), at: at)
                case YAML_MAPPING_START_EVENT: step = walk.open(anchor: name(event.data.mapping_start.anchor), at: at)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: step = walk.close(at: at)
                default: step = .fine
                }
                if case .over(let excess) = step { return excess }
            }
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    /// The bookkeeping, apart from libyaml: every open collection, and each anchor's expanded size and depth.
    struct Walk {
        let maxDepth: Int
        let maxValues: Int
        private var open: [(anchor: String?, size: Int, depth: Int)] = []
        private var anchors: [String: (size: Int, depth: Int)] = [:]
        private var total = 0
        private var aliased = false

        init(maxDepth: Int, maxValues: Int) {
            self.maxDepth = maxDepth
            self.maxValues = maxValues
        }

        enum Step: Equatable {
            case fine
            case over(Excess)
        }

        mutating func open(anchor: String?, at: SourcePosition) -> Step {
            open.append((anchor, 1, 1))
            total += 1
            if open.count > maxDepth { return .over(.tooDeep(at)) }
            return total > maxValues ? .over(.tooMany(at, throughAliases: aliased)) : .fine
        }

        mutating func close(at: SourcePosition) -> Step {
            guard let done = open.popLast() else { return .fine }
            if let anchor = done.anchor { anchors[anchor] = (done.size, done.depth) }
            return add(size: done.size, depth: done.depth, counted: true, at: at)
        }

        mutating func value(size: Int, depth: Int, anchor: String?, at: SourcePosition) -> Step {
            if let anchor { anchors[anchor] = (size, depth) }
            return add(size: size, depth: depth, counted: false, at: at)
        }

        /// An alias stands for a copy of its anchored value; an undefined one is left for Yams to report.
        mutating func alias(_ name: String?, at: SourcePosition) -> Step {
            let (size, depth) = name.flatMap { anchors[$0] } ?? (1, 0)
            aliased = true
            return add(size: size, depth: depth, counted: false, at: at)
        }

        /// Adds a finished value to its parent. `counted`: the value's own size is already in `total`.
        private mutating func add(size: Int, depth: Int, counted: Bool, at: SourcePosition) -> Step {
            if !counted { total += size }
            if !open.isEmpty {
                open[open.count - 1].size += size
                open[open.count - 1].depth = max(open[open.count - 1].depth, depth + 1)
                if open.count - 1 + open[open.count - 1].depth > maxDepth { return .over(.tooDeep(at)) }
            } else if depth > maxDepth {
                return .over(.tooDeep(at))
            }
            return total > maxValues ? .over(.tooMany(at, throughAliases: aliased)) : .fine
        }
    }
}
