/// How reports write numbers: minutes to 3 decimals and shares to 4, so that float noise such as
/// `70.00000000000001` never reaches the output. Values keep full precision until they are encoded.
public enum ReportNumber {
    public static func minutes(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    public static func share(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}
