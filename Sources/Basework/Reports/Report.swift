/// A report: a plain value computed by one pure function of a `ReportInput`, which renderers only draw.
public protocol Report: Encodable, Sendable {
    init(_ input: ReportInput)
}
