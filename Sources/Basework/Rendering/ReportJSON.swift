/// The JSON contract of REPORTS.md: `report` prints every section, a section command prints an
/// object holding only its own key.
public enum ReportJSON {
    public static func render(_ document: ReportDocument) -> String {
        switch document.body {
        case .full(let report): JSONText.render(report)
        case .reach(let report): JSONText.render(["reach": report])
        case .depth(let report): JSONText.render(["depth": report])
        case .followUps(let report): JSONText.render(["followUps": report])
        case .time(let report): JSONText.render(["time": report])
        case .justifications(let report): JSONText.render(["justifications": report])
        case .coverage(let report): JSONText.render(["coverage": report])
        case .trend(let report): JSONText.render(["trend": report])
        case .people(let report): JSONText.render(report)
        case .person(let report): JSONText.render(["person": report])
        }
    }
}
