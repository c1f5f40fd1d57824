import Basework

/// Document symbols (LSP `textDocument/documentSymbol`): the entry's headings, nested by level, and
/// the items of its follow-up sections under their heading. From the entry's syntax when it reads,
/// else from a scan of the lines (an entry without a date still has an outline).
enum Outline {
    /// A heading (with its level) or a follow-up (without), on a line counted from 0.
    struct Item: Equatable {
        var line: Int
        var level: Int?
        var name: String
    }

    static func symbols(_ document: OpenDocument, _ encoding: PositionEncoding) -> [DocumentSymbol] {
        let items = document.syntax?.entry.map(items(of:)) ?? items(scanning: document.text)
        return tree(items, document.text, encoding)
    }

    /// The headings and follow-ups of an entry's syntax, in line order.
    static func items(of entry: EntrySyntax) -> [Item] {
        let headings = entry.headings.map { Item(line: $0.range.start.line - 1, level: $0.level, name: $0.text) }
        let followUps = entry.followUps.map { Item(line: $0.line - 1, level: nil, name: ($0.done ? "[x] " : "[ ] ") + $0.text) }
        return (headings + followUps).sorted { $0.line < $1.line }
    }

    /// FORMAT 2.8's follow-up headings.
    static let followUpHeadings: Set<String> = ["follow-up", "follow up", "follow-ups", "followups", "next steps", "to do",
                                                "to-do", "todo", "tasks", "action items"]

    /// ATX headings outside fenced code, and list items in follow-up sections, found line by line.
    static func items(scanning text: DocumentText) -> [Item] {
        var items: [Item] = []
        var followUpLevel: Int?
        var fence: String?
        let start = FrontMatterLines(text)?.bodyStart ?? 0
        for line in start..<max(start, text.lineCount) {
            let content = text.line(line)
            let trimmed = String(content.trimmingSpaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                continue
            }
            let hashes = content.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), content.dropFirst(hashes).first.map({ $0 == " " || $0 == "\t" }) ?? true {
                var title = String(content.dropFirst(hashes).trimmingSpaces)
                while title.hasSuffix("#") { title = String(title.dropLast().trimmingSpaces) }
                var name = title.lowercased()
                if name.hasSuffix(":") { name.removeLast() }
                followUpLevel = followUpHeadings.contains(name) ? hashes : (followUpLevel.map { hashes <= $0 ? nil : $0 } ?? nil)
                items.append(Item(line: line, level: hashes, name: title))
                continue
            }
            if followUpLevel != nil, let item = listItem(content) { items.append(Item(line: line, level: nil, name: item)) }
        }
        return items
    }

    /// The text of a list item's first line (`- `, `* `, `+ `, `1. ` or `1) `), without the marker.
    private static func listItem(_ line: String) -> String? {
        let content = line.trimmingSpaces
        if let first = content.first, "-*+".contains(first), content.dropFirst().first == " " {
            return String(content.dropFirst(2).trimmingSpaces)
        }
        let digits = content.prefix { $0.isNumber }
        let rest = content.dropFirst(digits.count)
        if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " {
            return String(rest.dropFirst(2).trimmingSpaces)
        }
        return nil
    }

    /// Nests headings by level; a follow-up goes under the heading open above it.
    static func tree(_ items: [Item], _ text: DocumentText, _ encoding: PositionEncoding) -> [DocumentSymbol] {
        var roots: [DocumentSymbol] = []
        var open: [(level: Int, symbol: DocumentSymbol)] = []
        func close(downTo level: Int) {
            while let last = open.last, last.level >= level {
                open.removeLast()
                if open.isEmpty { roots.append(last.symbol) } else { open[open.count - 1].symbol.children!.append(last.symbol) }
            }
        }
        for item in items {
            let range = Range(start: Position(line: item.line, character: 0),
                              end: Position(line: item.line, character: encoding.units(text.line(item.line))))
            if let level = item.level {
                close(downTo: level)
                open.append((level, DocumentSymbol(name: item.name.isEmpty ? "(heading)" : item.name, detail: nil, kind: 15,
                                                   range: range, selectionRange: range, children: [])))
            } else {
                let symbol = DocumentSymbol(name: item.name.isEmpty ? "(follow-up)" : item.name, detail: "follow-up", kind: 24,
                                            range: range, selectionRange: range, children: nil)
                if open.isEmpty { roots.append(symbol) } else { open[open.count - 1].symbol.children!.append(symbol) }
            }
        }
        close(downTo: 0)
        return roots
    }
}
