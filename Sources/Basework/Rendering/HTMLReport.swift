public enum HTMLReport {
    public static func render(_ document: ReportDocument) -> String { "" }
}
