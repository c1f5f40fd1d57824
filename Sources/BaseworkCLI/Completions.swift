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
    /// outside dot folders, read with plain system calls).
    static func frontMatterValues(_ root: String) -> (struggles: [String], tags: [String]) {
        var struggles: Set<String> = [], tags: Set<String> = []
        var folders = [root]
        var buffer = [UInt8](repeating: 0, count: 4096)
        var visited = 0
        while let folder = folders.popLast(), visited < 100_000 {
            visited += 1
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            while let item = readdir(directory) {
                let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let path = folder + "/" + name
                if item.pointee.d_type == UInt8(DT_DIR) {
                    folders.append(path)
                    continue
                }
                guard name.hasSuffix(".md") || name.hasSuffix(".markdown") else { continue }
                let descriptor = open(path, O_RDONLY | O_NONBLOCK)
                guard descriptor >= 0 else { continue }
                let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
                guard count > 3, buffer[0] == 0x2D, buffer[1] == 0x2D, buffer[2] == 0x2D else { continue }
                var end = 3
                while end + 3 < count, !(buffer[end] == 0x0A && buffer[end + 1] == 0x2D && buffer[end + 2] == 0x2D && buffer[end + 3] == 0x2D) {
                    end += 1
                }
                let text = String(decoding: buffer[..<end], as: UTF8.self)
                for line in text.split(separator: "\n").dropFirst() {
                    if let value = listValue(line, key: "struggle"), !value.isEmpty { struggles.insert(value.joined(separator: " ")) }
                    if let value = listValue(line, key: "tags") { tags.formUnion(value.map { $0.lowercased() }) }
                }
            }
        }
        return (Array(struggles), Array(tags))
    }
}
