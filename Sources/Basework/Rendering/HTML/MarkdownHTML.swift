import CCmark
import Foundation

/// A journal's Markdown (a justification) as HTML, by cmark's own HTML renderer in safe mode: raw HTML
/// is dropped and every string escaped, so paragraphs and lists read as written. Links and images become
/// their text, so that the page still fetches nothing and points nowhere. The C tree is freed before
/// returning; no other rendering file sees a C pointer.
enum MarkdownHTML {
    static func render(_ markdown: String) -> String {
        let options = CMARK_OPT_SAFE
        let bytes = Array(markdown.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, options)
            } }
        }) ?? cmark_parse_document("", 0, options) else { return "" }
        defer { cmark_node_free(document) }
        unwrapLinksAndImages(document)
        guard let html = cmark_render_html(document, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Replaces every link and image with its children (their text).
    private static func unwrapLinksAndImages(_ document: OpaquePointer) {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else {
                continue
            }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { found.append(node) }
        }
        cmark_iter_free(iterator)
        for node in found {
            while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }
}
