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
    /// looking no higher than the workspace folder that holds it, else that workspace folder. A file
    /// outside every workspace folder has the nearest such folder above it; with no workspace folder
    /// at all, its own folder when there is none. Nil for a file outside the workspace folders and
    /// under no journal.
    static func journalRoot(for path: String, workspaceFolders: [String]) -> String? {
        let workspace = workspaceFolders.filter { path.hasPrefix($0 == "/" ? "/" : $0 + "/") }.max { $0.count < $1.count }
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            for marker in [JournalState.rosterName, JournalState.settingsName] where FileManager.default.fileExists(atPath: folder + "/" + marker) {
                return folder
            }
            if folder == "/" || folder == workspace { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return workspace ?? (workspaceFolders.isEmpty ? (path as NSString).deletingLastPathComponent : nil)
    }
}
