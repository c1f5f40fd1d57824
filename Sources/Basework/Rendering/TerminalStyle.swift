/// ANSI colour for a terminal, or none: chosen once by the command (stdout is a terminal and
/// `NO_COLOR` is unset), so renderers never look at the environment themselves.
public struct TerminalStyle: Sendable {
    public var colour: Bool

    public static let plain = TerminalStyle(colour: false)

    public init(colour: Bool) { self.colour = colour }

    func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    public func error(_ text: String) -> String { paint(text, "1;31") }
    public func warning(_ text: String) -> String { paint(text, "1;33") }
    public func caret(_ text: String) -> String { paint(text, "1;32") }
    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func good(_ text: String) -> String { paint(text, "32") }
}
