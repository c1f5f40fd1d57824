import Foundation

/// `file:` URIs and the paths they name.
enum FileURI {
    /// The path of a `file:` URI, percent-decoded and without a trailing `/`; nil for other schemes.
    static func path(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.standardizedFileURL.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    static func uri(_ path: String) -> String { URL(fileURLWithPath: path).absoluteString }

    /// The journal root for a file: the nearest folder above it with `people.yml` or `basework.yml`,
    /// else the workspace folder that holds it; nil when neither exists.
    static func journalRoot(for path: String, workspaceFolders: [String]) -> String? {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            for marker in [JournalState.rosterName, JournalState.settingsName] where FileManager.default.fileExists(atPath: folder + "/" + marker) {
                return folder
            }
            if folder == "/" { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return workspaceFolders.filter { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }.max { $0.count < $1.count }
    }
}
