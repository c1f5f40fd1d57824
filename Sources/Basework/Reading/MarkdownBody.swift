import CCmark

/// One block of an entry's body as the reading rules see it (FORMAT 2.2): a heading or paragraph
/// outside any list item, or a list item with the text of its own paragraphs (nested lists are
/// items of their own).
struct BodyBlock: Sendable {
    enum Kind: Equatable, Sendable {
        case heading(level: Int)
        case paragraph
        case listItem
    }

    var kind: Kind
    /// Lines in the body, counted from 1.
    var firstLine: Int
    var lastLine: Int
    /// The block's inline text. Code spans, HTML and link destinations (autolinks whole) are left out
    /// (a space stands for each code span, HTML tag or autolink); code blocks and HTML blocks give no block at all.
    var text: String
}

/// The only place that calls cmark: parses a body and converts its tree into `BodyBlock`s,
/// freeing the tree before returning.
enum MarkdownBody {
    static func blocks(of body: String) -> [BodyBlock] {
        var source = body
        let document = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let document else { return [] }
        defer { cmark_node_free(document) }
        return convert(document)
    }

    private struct Open {
        var index: Int
        var bytes: [UInt8] = []
    }

    private static func convert(_ document: OpaquePointer) -> [BodyBlock] {
        var blocks: [BodyBlock] = []
        var items: [Open] = []
        var loose: Open?
        /// Inside an autolink (`<https://example.org/@ben>`), whose text is its destination.
        var autolinks = 0
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }

        func append(_ bytes: some Sequence<UInt8>) {
            if items.isEmpty { loose?.bytes.append(contentsOf: bytes) } else { items[items.count - 1].bytes.append(contentsOf: bytes) }
        }
        func close(_ open: Open) { blocks[open.index].text = String(decoding: open.bytes, as: UTF8.self) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_ITEM:
                if entering {
                    blocks.append(block(.listItem, node))
                    items.append(Open(index: blocks.count - 1))
                } else if let open = items.popLast() {
                    close(open)
                }
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if !items.isEmpty {
                    if entering, !items[items.count - 1].bytes.isEmpty { append(CollectionOfOne(0x0A)) }
                } else if entering {
                    let kind: BodyBlock.Kind =
                        type == CMARK_NODE_HEADING ? .heading(level: Int(cmark_node_get_heading_level(node))) : .paragraph
                    blocks.append(block(kind, node))
                    loose = Open(index: blocks.count - 1)
                } else if let open = loose {
                    close(open)
                    loose = nil
                }
            case CMARK_NODE_LINK:
                if isAutolink(node) {
                    if entering { autolinks += 1; append(CollectionOfOne(0x20)) } else { autolinks -= 1 }
                }
            case CMARK_NODE_TEXT:
                if autolinks == 0, let literal = cmark_node_get_literal(node) {
                    var length = 0
                    while literal[length] != 0 { length += 1 }
                    append(UnsafeRawBufferPointer(start: literal, count: length))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                append(CollectionOfOne(0x0A))
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                append(CollectionOfOne(0x20))
            default:
                break
            }
        }
        return blocks
    }

    /// A link whose only text is its own destination: an autolink, where the text is the destination (FORMAT 2.2).
    private static func isAutolink(_ link: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT,
              let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { return false }
        let text = String(cString: literal), destination = String(cString: url)
        return destination == text || destination == "mailto:" + text
    }

    private static func block(_ kind: BodyBlock.Kind, _ node: OpaquePointer) -> BodyBlock {
        BodyBlock(kind: kind, firstLine: Int(cmark_node_get_start_line(node)),
                  lastLine: Int(cmark_node_get_end_line(node)), text: "")
    }
}
