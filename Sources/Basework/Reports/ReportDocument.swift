/// A computed report with its header, ready for any renderer.
public struct ReportDocument: Sendable {
    /// Which report, and its value.
    public enum Body: Sendable {
        case full(FullReport)
        case reach(ReachReport)
        case depth(DepthReport)
        case followUps(FollowUpsReport)
        case time(TimeReport)
        case justifications(JustificationsReport)
        case coverage(CoverageReport)
        case trend(TrendReport)
        case people(PeopleReport)
        case person(PersonReport)
    }

    public var header: ReportHeader
    public var body: Body

    public init(header: ReportHeader, body: Body) {
        self.header = header
        self.body = body
    }
}
