/// A count with its noun: "1 warning", "3 warnings", "1 entry", "2 entries".
public func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
