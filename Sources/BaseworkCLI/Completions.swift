import Basework
import Foundation

/// Dynamic shell completion (`basework --generate-completion-script`): the shell calls the binary,
/// which answers from a quick look at the journal's text, never a full read, so that it stays fast
/// on a large journal: handles and aliases from `people.yml`, activities from FORMAT 2.4 and
/// `basework.yml`, struggles and front matter tags from the first lines of each entry.
enum Completions {
    @Sendable static func handles(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let text = read(root(words) + "/people.yml") ?? ""
        var names: [String] = []
        for line in text.split(separator: "\n") {
            if let first = line.first, first.isLetter || first.isNumber, let colon = line.firstIndex(of: ":") {
                names.append(String(line[..<colon]))
            } else if let values = listValue(line, key: "aliases") {
                names += values
            }
        }
        return matching(names, prefix)
    }

    @Sendable static func activities(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let settings = read(root(words) + "/basework.yml") ?? ""
        let extra = settings.split(separator: "\n").flatMap { listValue($0, key: "activities") ?? [] }
        return matching(Settings.builtInActivities + extra, prefix)
    }

    @Sendable static func struggles(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        matching(frontMatterValues(root(words)).struggles, prefix)
    }

    @Sendable static func tags(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        matching(frontMatterValues(root(words)).tags, prefix)
    }

    /// The journal named on the command line being completed (the first word that is a folder), else
    /// `$BASEWORK_JOURNAL`, else the current folder.
    static func root(_ words: [String]) -> String {
        for word in words.dropFirst() where !word.hasPrefix("-") {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: word, isDirectory: &isFolder), isFolder.boolValue { return word }
        }
        return ProcessInfo.processInfo.environment["BASEWORK_JOURNAL"] ?? "."
    }

    static func matching(_ names: [String], _ prefix: String) -> [String] {
        Array(Set(names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) })).sorted()
    }

    static func read(_ path: String, limit: Int = 1 << 20) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: limit)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `key: [a, b]` or `key: a` as a list of words; nil when the line is not that key.
    static func listValue(_ line: Substring, key: String) -> [String]? {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.hasPrefix(key + ":") else { return nil }
        let value = trimmed.dropFirst(key.count + 1).prefix { $0 != "#" }
        return value.split(whereSeparator: { "[], \"'".contains($0) }).map(String.init)
    }

    /// Struggles and tags from the front matter of every entry (the first 4 KB of each Markdown file
    /// outside dot folders).
    static func frontMatterValues(_ root: String) -> (struggles: [String], tags: [String]) {
        var struggles: Set<String> = [], tags: Set<String> = []
        guard let walker = FileManager.default.enumerator(atPath: root) else { return ([], []) }
        while let path = walker.nextObject() as? String {
            if (path as NSString).lastPathComponent.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            guard path.hasSuffix(".md") || path.hasSuffix(".markdown"), let text = read(root + "/" + path, limit: 4096),
                  text.hasPrefix("---") else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                if line.hasPrefix("---") { break }
                if let value = listValue(line, key: "struggle") { struggles.formUnion(value.isEmpty ? [] : [value.joined(separator: " ")]) }
                if let value = listValue(line, key: "tags") { tags.formUnion(value.map { $0.lowercased() }) }
            }
        }
        return (Array(struggles), Array(tags))
    }
}
