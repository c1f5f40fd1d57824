extension YAMLReader {
    /// Turns a parse failure into a diagnostic.
    static func report(_ failure: Failure, in what: String, to sink: inout DiagnosticSink) {
        switch failure {
        case .syntax(let detail, let at):
            sink.error(.badYAML, at: at, "the \(what) is not valid YAML: \(detail)")
        case .duplicateKey(let keys, let at):
            sink.error(.duplicateKey, at: at, "`\(keys)` is given twice in the \(what); keep one")
        case .tooComplex(let detail, let at):
            sink.error(.yamlTooComplex, at: at, "the \(what) is too complex to read: \(detail)")
        }
    }
}
