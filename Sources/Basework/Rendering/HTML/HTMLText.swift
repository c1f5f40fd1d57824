import Plot

/// Every string that is not markup goes through here: `&`, `<`, `>`, `"` and `'` become references.
///
/// Plot's own `.text` leaves what already looks like a character reference (`&amp;`, `&#60;`) as it is,
/// which suits hand-written pages but would show a journal's literal `&lt;` as `<`; and Plot writes
/// attribute values as given. So journal strings are escaped here, completely, and inserted as raw
/// nodes, and no journal string is ever written into an attribute.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    static func node<Context>(_ text: String) -> Node<Context> { .raw(escape(text)) }
}
