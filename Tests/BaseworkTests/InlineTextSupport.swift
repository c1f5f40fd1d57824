@testable import Basework

extension InlineText {
    /// A text read as one run of plain source on line 1, for testing the scanner without cmark.
    init(plain: String) {
        self.init()
        append(Array(plain.utf8), line: 1, column: 1, sourceLength: plain.utf8.count, exact: true)
    }
}
