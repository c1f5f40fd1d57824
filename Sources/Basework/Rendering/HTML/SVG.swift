import Plot

/// The few SVG elements the charts draw. Attribute values are only numbers and class names chosen
/// here; text from the journal goes in as element content, escaped by `HTMLText.node`.
enum SVG {
    typealias Content = Node<SVGContext>

    /// An `<svg>` scaled to the width of its container, with a `<title>` for screen readers; `layout`
    /// (`wide` or `narrow`) is the class by which the page's CSS shows it on a screen of that size.
    static func chart(width: Double, height: Double, title: String, layout: String, _ nodes: [Content]) -> Node<HTML.BodyContext> {
        .element(named: "svg", nodes: [
            .attribute(named: "viewBox", value: "0 0 \(number(width)) \(number(height))"),
            .attribute(named: "class", value: "chart \(layout)"),
            .attribute(named: "role", value: "img"),
            .element(named: "title", nodes: [HTMLText.node(title)]),
        ] + nodes)
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, class name: String, rounded: Bool = true) -> Content {
        .selfClosedElement(named: "rect", attributes: [
            .attribute(named: "x", value: number(x)), .attribute(named: "y", value: number(y)),
            .attribute(named: "width", value: number(max(0, width))), .attribute(named: "height", value: number(height)),
            .attribute(named: "rx", value: rounded ? "3" : "0"),
            .attribute(named: "class", value: name),
        ])
    }

    static func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) -> Content {
        .selfClosedElement(named: "line", attributes: [
            .attribute(named: "x1", value: number(x1)), .attribute(named: "y1", value: number(y1)),
            .attribute(named: "x2", value: number(x2)), .attribute(named: "y2", value: number(y2)),
            .attribute(named: "class", value: name),
        ])
    }

    static func circle(x: Double, y: Double, radius: Double, class name: String) -> Content {
        .selfClosedElement(named: "circle", attributes: [
            .attribute(named: "cx", value: number(x)), .attribute(named: "cy", value: number(y)),
            .attribute(named: "r", value: number(radius)), .attribute(named: "class", value: name),
        ])
    }

    static func polyline(_ points: [(Double, Double)], class name: String) -> Content {
        .selfClosedElement(named: "polyline", attributes: [
            .attribute(named: "points", value: points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")),
            .attribute(named: "class", value: name),
        ])
    }

    enum Anchor: String { case start, middle, end }

    /// Text; `content` may come from the journal and is escaped.
    static func text(x: Double, y: Double, _ content: String, anchor: Anchor = .start, class name: String = "label") -> Content {
        .element(named: "text", nodes: [
            .attribute(named: "x", value: number(x)), .attribute(named: "y", value: number(y)),
            .attribute(named: "text-anchor", value: anchor.rawValue),
            .attribute(named: "class", value: name),
            HTMLText.node(content),
        ])
    }

    /// A coordinate with at most one decimal, so the markup stays short and stable.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A label cut to `limit` characters with an ellipsis, so it stays inside its column.
    static func fit(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
