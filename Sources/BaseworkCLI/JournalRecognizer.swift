import Foundation

/// Tells a journal folder from any other folder before anything is read (issue 15): a journal has a
/// `people.yml` or a `basework.yml`, or an entry (a Markdown file other than a README) at its top or in
/// the two levels of folders below it. Dot folders are skipped, and the look is bounded so that it
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
                    if isEntryName(name) { return true }
                    var isFolder: ObjCBool = false
                    if depth < 2, manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { next.append(path) }
                }
            }
            level = next
        }
        return false
    }

    /// A Markdown file that is not a README.
    static func isEntryName(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { return false }
        return !lower.hasPrefix("readme.")
    }
}
