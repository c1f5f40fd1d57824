/// How numbers are rounded in the JSON contract: shares to 4 decimals, minutes to 3.
enum Rounded {
    static func share(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func minutes(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 }
}
