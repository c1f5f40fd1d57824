import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One block of an entry's body as the reading rules see it (FORMAT 2.2): a heading, a paragraph
/// outside any list item, a list item with the text of its own paragraphs (nested lists are items
/// of their own), or one row of a table.
struct BodyBlock {
    enum Kind: Equatable {
        case heading(level: Int)
        case paragraph
        case listItem
        case tableRow
    }

    var kind: Kind
    /// Lines in the body, counted from 1.
    var firstLine: Int
    var lastLine: Int
    /// The block's inline text, with where each part of it was written.
    var text = InlineText()
}

/// The only place that parses Markdown: cmark reads the body, and its tree becomes `BodyBlock`s
/// whose every byte of text is placed at its line and column, then the tree is freed.
///
/// cmark (0.30) gives each inline its line, but on a paragraph's continuation lines its columns
/// leave out the indentation and `>` markers it stripped; each such line's columns are moved by the
/// width of what was stripped, which the line's bytes tell exactly.
enum MarkdownBody {
    static func blocks(of body: BodyLines) -> [BodyBlock] {
        let document = body.bytes.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
            }
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }
        var walk = Walk(body: body)
        walk.run(document)
        return walk.blocks
    }

    /// The state of one walk over cmark's tree.
    private struct Walk {
        let body: BodyLines
        var blocks: [BodyBlock] = []
        /// Open list items, innermost last.
        var items: [Int] = []
        /// The paragraph or heading outside any item that is being read.
        var loose: Int?
        /// The table row being read, in a paragraph that is a table.
        var row: Int?
        /// The paragraph or heading being read: where it starts, and each later line's column shift.
        var leafLine = 0
        var leafColumn = 1
        var shifts: [Int: Int] = [:]
        /// Inside an autolink, whose text is its destination.
        var autolinks = 0
        /// How many lines early cmark 0.30 reports the leaf's next inline: one per backslash hard line
        /// break read so far (it does not count the line such a break ends), and the lines of the link
        /// reference definitions it took off the paragraph's front (it keeps their start line).
        var lineSkew = 0
        /// The line the leaf's last line break ended: the next break ends a later one.
        var lastBreakLine: Int?

        init(body: BodyLines) { self.body = body }

        var target: Int? { row ?? items.last ?? loose }

        mutating func run(_ document: OpaquePointer) {
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                visit(node, entering: event == CMARK_EVENT_ENTER)
            }
        }

        private mutating func visit(_ node: OpaquePointer, entering: Bool) {
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_ITEM:
                if entering {
                    blocks.append(block(.listItem, node))
                    items.append(blocks.count - 1)
                } else {
                    items.removeLast()
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if entering {
                    enterLeaf(node, heading: type == CMARK_NODE_HEADING)
                } else {
                    loose = nil
                    row = nil
                }
            case CMARK_NODE_TEXT:
                if autolinks == 0 { appendText(node) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                lineBreak(node)
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                standIn(node)
            case CMARK_NODE_LINK:
                if isAutolink(node) {
                    if entering {
                        standIn(node)
                        autolinks += 1
                    } else {
                        autolinks -= 1
                    }
                } else {
                    boundary()
                }
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_IMAGE:
                boundary()
            default:
                break
            }
        }

        private mutating func enterLeaf(_ node: OpaquePointer, heading: Bool) {
            leafLine = Int(cmark_node_get_start_line(node))
            leafColumn = Int(cmark_node_get_start_column(node))
            shifts = [:]
            lastBreakLine = nil
            let last = Int(cmark_node_get_end_line(node))
            lineSkew = heading ? 0 : definitionLines(node, to: last)
            if !heading, isTable(node, from: leafLine, to: last) {
                blocks.append(BodyBlock(kind: .tableRow, firstLine: leafLine, lastLine: leafLine))
                row = blocks.count - 1
                return
            }
            if let item = items.last {
                if !blocks[item].text.isEmpty {
                    blocks[item].text.append(CollectionOfOne(0x0A), line: leafLine, column: 1, sourceLength: 0, exact: false)
                }
                return
            }
            let kind: BodyBlock.Kind = heading ? .heading(level: Int(cmark_node_get_heading_level(node))) : .paragraph
            blocks.append(block(kind, node))
            blocks[blocks.count - 1].firstLine += lineSkew
            loose = blocks.count - 1
        }

        /// The lines of the link reference definitions cmark took off the front of a paragraph that
        /// starts with `[`: the paragraph's lines less those its remaining inlines span (one more
        /// than its line breaks and the line endings inside its code spans and inline HTML).
        private func definitionLines(_ node: OpaquePointer, to last: Int) -> Int {
            let first = body.line(leafLine)
            guard leafColumn >= 1, leafColumn <= first.count, first[first.startIndex + leafColumn - 1] == 0x5B,
                  let iterator = cmark_iter_new(node) else { return 0 }
            defer { cmark_iter_free(iterator) }
            var breaks = 0
            while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
                guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(child)
                if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { breaks += 1 }
                if type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE {
                    breaks += max(0, Int(cmark_node_get_end_line(child)) - Int(cmark_node_get_start_line(child)))
                }
            }
            return max(0, last - leafLine - breaks)
        }

        /// A paragraph whose every line starts with `|` is a table: each line is a context (FORMAT 2.2).
        private func isTable(_ node: OpaquePointer, from first: Int, to last: Int) -> Bool {
            guard last >= first else { return false }
            for line in first...last {
                let column = line == first ? Int(cmark_node_get_start_column(node)) : body.contentColumn(line)
                let bytes = body.line(line)
                guard column >= 1, column <= bytes.count, bytes[bytes.startIndex + column - 1] == 0x7C else { return false }
            }
            return true
        }

        /// Where an inline really starts: its line, and its column moved by its line's shift. On a
        /// continuation line cmark counts columns from the leaf's own first column, as if the line's
        /// text started there.
        private mutating func place(_ node: OpaquePointer) -> (line: Int, column: Int)? {
            guard cmark_node_get_start_line(node) > 0 else { return nil }
            let line = Int(cmark_node_get_start_line(node)) + lineSkew
            let reported = Int(cmark_node_get_start_column(node))
            if line == leafLine { return (line, reported) }
            if let shift = shifts[line] { return (line, reported + shift) }
            let shift = body.contentColumn(line) - leafColumn
            shifts[line] = shift
            return (line, reported + shift)
        }

        private mutating func boundary() {
            guard let target else { return }
            blocks[target].text.markBoundary()
        }

        private mutating func lineBreak(_ node: OpaquePointer) {
            if let current = row {
                // The next row starts on the next line.
                let line = blocks[current].lastLine + 1
                blocks.append(BodyBlock(kind: .tableRow, firstLine: line, lastLine: line))
                row = blocks.count - 1
                return
            }
            guard let target else { return }
            blocks[target].text.markBoundary()
            // The line of the last text, or the line after the last break when no text came since (`\` alone on a line).
            let line = max(blocks[target].text.segments.last?.line ?? leafLine, lastBreakLine.map { $0 + 1 } ?? leafLine)
            lastBreakLine = line
            if cmark_node_get_type(node) == CMARK_NODE_LINEBREAK, body.line(line).last == 0x5C { lineSkew += 1 }
            blocks[target].text.append(CollectionOfOne(0x0A), line: line, column: body.line(line).count + 1,
                                       sourceLength: 0, exact: false)
            blocks[target].text.markBoundary()
        }

        /// A code span, inline HTML or an autolink: one space in the text, at its place.
        private mutating func standIn(_ node: OpaquePointer) {
            guard let target, let (line, column) = place(node) else { return }
            blocks[target].text.markBoundary()
            blocks[target].text.append(CollectionOfOne(0x20), line: line, column: column, sourceLength: 1, exact: false)
            blocks[target].text.markBoundary()
            extend(target, to: line)
        }

        private mutating func appendText(_ node: OpaquePointer) {
            guard let target, let literal = cmark_node_get_literal(node), let (line, column) = place(node) else { return }
            let text = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            let end = Int(cmark_node_get_end_column(node)) + column - Int(cmark_node_get_start_column(node))
            SourceAlignment.append(text, line: line, reportedColumn: column, reportedEnd: end, source: body.line(line),
                                   into: &blocks[target].text)
            extend(target, to: line)
        }

        private mutating func extend(_ index: Int, to line: Int) {
            if blocks[index].lastLine < line { blocks[index].lastLine = line }
        }

        private func block(_ kind: BodyBlock.Kind, _ node: OpaquePointer) -> BodyBlock {
            let first = Int(cmark_node_get_start_line(node))
            return BodyBlock(kind: kind, firstLine: first, lastLine: max(first, Int(cmark_node_get_end_line(node))))
        }

        /// A link whose only text is its own destination: an autolink (FORMAT 2.2).
        private func isAutolink(_ link: OpaquePointer) -> Bool {
            guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
                  cmark_node_get_type(child) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { return false }
            let text = String(cString: literal), destination = String(cString: url)
            return destination == text || destination == "mailto:" + text
        }
    }
}
