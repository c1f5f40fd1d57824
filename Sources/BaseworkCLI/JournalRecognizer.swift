import Foundation

/// Tells a journal folder from any other folder before anything is read (issue 15): a journal has a
/// `people.yml` or a `basework.yml`, a `YYYY/MM` folder as `basework new` makes them, or an entry (a
/// Markdown file that opens with `---`) at its top or in the two levels of folders below it. Dot folders are skipped, and the look is bounded so that it
/// stays quick on `/` or a home folder.
enum JournalRecognizer {
    /// The most folders listed before giving up.
    static let folderBudget = 400

    static func isJournal(_ root: String) -> Bool {
        let manager = FileManager.default
        if manager.fileExists(atPath: root + "/people.yml") || manager.fileExists(atPath: root + "/basework.yml") { return true }
        var level = [root]
        var listed = 0
        for depth in 0...2 {
            var next: [String] = []
            for folder in level {
                guard listed < folderBudget else { return false }
                listed += 1
                guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
                for name in names.sorted() where !name.hasPrefix(".") {
                    let path = folder + "/" + name
                    if isEntry(path, name: name) { return true }
                    var isFolder: ObjCBool = false
                    guard depth < 2, manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { continue }
                    if depth == 1, isNumber(name, digits: 2), isNumber((folder as NSString).lastPathComponent, digits: 4) { return true }
                    next.append(path)
                }
            }
            level = next
        }
        return false
    }

    static func isNumber(_ name: String, digits: Int) -> Bool {
        name.count == digits && name.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A Markdown file whose first line opens front matter.
    static func isEntry(_ path: String, name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown"), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 6)).map { Array($0) } ?? []
        return openings.contains { start.starts(with: $0) }
    }

    /// `---` in UTF-8 (with or without a byte order mark) and in UTF-16 with a byte order mark.
    static let openings: [[UInt8]] = [Array("---".utf8), [0xEF, 0xBB, 0xBF] + Array("---".utf8),
                                      [0xFF, 0xFE, 0x2D, 0x00, 0x2D, 0x00], [0xFE, 0xFF, 0x00, 0x2D, 0x00, 0x2D]]
}
