/// Renders reports as text for a person reflecting on their week at a terminal.
public struct TextReport {
    public var style: TerminalStyle

    public init(style: TerminalStyle) { self.style = style }

    public func render(_ document: ReportDocument) -> String {
        "Text output is being written; use --format json."
    }
}
