extension Diagnostic {
    /// Every kind of problem the reader reports, named as in `Docs/DIAGNOSTICS.md`, with its severity
    /// and what it costs: the catalogue the docs are generated from (`DiagnosticCatalogue`).
    public enum Rule: String, CaseIterable, Sendable, Codable {
        // The journal's files
        case unreadableFile = "unreadable-file"
        case notUTF8 = "not-utf8"
        case fileTooLarge = "file-too-large"
        case notRegularFile = "not-regular-file"
        case linkLoop = "link-loop"
        case linkOutsideRoot = "link-outside-root"
        // Front matter
        case unclosedFrontMatter = "unclosed-front-matter"
        case badYAML = "bad-yaml"
        case yamlTooComplex = "yaml-too-complex"
        case frontMatterNotMap = "front-matter-not-map"
        case duplicateKey = "duplicate-key"
        case missingDate = "missing-date"
        case badDate = "bad-date"
        case badDuration = "bad-duration"
        case missingDuration = "missing-duration"
        case badValue = "bad-value"
        case badHandle = "bad-handle"
        case unknownActivity = "unknown-activity"
        case misspelledKey = "misspelled-key"
        // Body
        case unknownPerson = "unknown-person"
        case explicitTimeTooLong = "explicit-time-too-long"
        case misspelledTag = "misspelled-tag"
        case badDueDate = "bad-due-date"
        // Roster and settings
        case badRoster = "bad-roster"
        case aliasClaimed = "alias-claimed"
        case badSetting = "bad-setting"
        case unknownSetting = "unknown-setting"

        /// Every rule has one severity: an error is something basework could not read as meant, a
        /// warning something it read that is probably not what was meant.
        public var severity: Severity {
            switch self {
            case .missingDuration, .badHandle, .unknownActivity, .misspelledKey, .unknownPerson, .misspelledTag,
                 .badDueDate, .unknownSetting:
                .warning
            default:
                .error
            }
        }

        /// Whether the problem leaves its entry out of the reports (FORMAT 6): only when the entry
        /// cannot be placed in time or read at all. Every other error is read as if the value were absent.
        public var leavesEntryOut: Bool {
            switch self {
            case .unreadableFile, .notUTF8, .fileTooLarge, .notRegularFile, .linkLoop, .linkOutsideRoot,
                 .unclosedFrontMatter, .badYAML, .yamlTooComplex, .frontMatterNotMap, .duplicateKey, .missingDate, .badDate:
                true
            default:
                false
            }
        }
    }
}
