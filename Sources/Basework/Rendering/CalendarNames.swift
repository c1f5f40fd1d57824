/// The one table of month and weekday names that every renderer writes dates with.
enum CalendarNames {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    /// `Jan` ... `Dec`.
    static let shortMonths = months.map { String($0.prefix(3)) }
    /// ISO order: Monday first.
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
}
