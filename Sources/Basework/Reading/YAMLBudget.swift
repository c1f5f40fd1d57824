/// Keeps a YAML document's nesting and size, aliases expanded, within limits while it is read, so that
/// the read stops at the first value over a limit:
/// - the nesting depth, counting what an alias stands for, must stay within `maxDepth`;
/// - the number of values (scalars, lists and maps, each alias counted as what it stands for) must
///   stay within `maxValues`.
/// An alias to a huge structure (a "billion laughs" bomb) is thus refused near its own size, and deep
/// nesting never reaches the small stacks of worker threads. It only counts: `YAMLReader` feeds it
/// libyaml's events in the same pass that builds the values.
struct YAMLBudget {
    enum Excess: Equatable {
        case tooDeep(SourcePosition)
        case tooMany(SourcePosition, throughAliases: Bool)
    }

    let maxDepth: Int
    let maxValues: Int
    /// Every open collection: its anchor, its size so far and its depth so far.
    private var open: [(anchor: String?, size: Int, depth: Int)] = []
    /// Each anchor's expanded size and depth.
    private var anchors: [String: (size: Int, depth: Int)] = [:]
    private var total = 0
    private var aliased = false

    init(maxDepth: Int, maxValues: Int) {
        self.maxDepth = maxDepth
        self.maxValues = maxValues
    }

    /// A list or map begins. Each step gives the limit it goes over, if any.
    mutating func open(anchor: String?, at: SourcePosition) -> Excess? {
        open.append((anchor, 1, 1))
        total += 1
        if open.count > maxDepth { return .tooDeep(at) }
        return total > maxValues ? .tooMany(at, throughAliases: aliased) : nil
    }

    /// The innermost open list or map ends.
    mutating func close(at: SourcePosition) -> Excess? {
        guard let done = open.popLast() else { return nil }
        if let anchor = done.anchor { anchors[anchor] = (done.size, done.depth) }
        return add(size: done.size, depth: done.depth, counted: true, at: at)
    }

    /// A scalar.
    mutating func scalar(anchor: String?, at: SourcePosition) -> Excess? {
        if let anchor { anchors[anchor] = (1, 0) }
        return add(size: 1, depth: 0, counted: false, at: at)
    }

    /// An alias stands for a copy of its anchored value; an undefined one counts as one value.
    mutating func alias(_ name: String, at: SourcePosition) -> Excess? {
        let (size, depth) = anchors[name] ?? (1, 0)
        aliased = true
        return add(size: size, depth: depth, counted: false, at: at)
    }

    /// Adds a finished value to its parent. `counted`: the value's own size is already in `total`.
    private mutating func add(size: Int, depth: Int, counted: Bool, at: SourcePosition) -> Excess? {
        if !counted { total += size }
        if !open.isEmpty {
            open[open.count - 1].size += size
            open[open.count - 1].depth = max(open[open.count - 1].depth, depth + 1)
            if open.count - 1 + open[open.count - 1].depth > maxDepth { return .tooDeep(at) }
        } else if depth > maxDepth {
            return .tooDeep(at)
        }
        return total > maxValues ? .tooMany(at, throughAliases: aliased) : nil
    }
}
