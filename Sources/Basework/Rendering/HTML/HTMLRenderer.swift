import Plot

/// Renders a report as one self-contained HTML page: inline CSS and SVG charts, no scripts, nothing fetched.
/// The markup is built with Plot's typed DSL; journal strings go through `HTMLText` (see there why).
public enum HTMLRenderer {
    typealias Body = Node<HTML.BodyContext>

    public static func render(_ document: ReportDocument) -> String {
        let title = ReportWording.heading(document)
        let page = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .meta(.name("generator"), .content("basework")),
                .element(named: "title", nodes: [HTMLText.node("basework · " + title) as Node<HTML.HeadContext>]),
                .style(HTMLStyle.css)
            ),
            .body(
                .if(document.header.redacted, .div(.class("redacted"), .attribute(named: "role", value: "note"),
                                                   .text(ReportWording.redactedNotice))),
                .header(
                    .class("page"),
                    .h1(HTMLText.node(title)),
                    .p(.class("span"), HTMLText.node(ReportWording.span(document))),
                    .p(.class("notes"), HTMLText.node(ReportWording.notes(document).joined(separator: " · ")))
                ),
                .main(content(document))
            )
        )
        return page.render(indentedBy: .spaces(1))
    }

    static func content(_ document: ReportDocument) -> Body {
        switch document.body {
        case .full(let report):
            .group(
                keyFigures(report),
                reach(report.reach, standalone: false),
                depth(report.depth, standalone: false),
                followUps(report.followUps, document.header, standalone: false),
                time(report.time, standalone: false),
                justifications(report.justifications, standalone: false),
                coverage(report.coverage, document.header, standalone: false)
            )
        case .reach(let report): reach(report, standalone: true)
        case .depth(let report): depth(report, standalone: true)
        case .followUps(let report): followUps(report, document.header, standalone: true)
        case .time(let report): time(report, standalone: true)
        case .justifications(let report): justifications(report, standalone: true)
        case .coverage(let report): coverage(report, document.header, standalone: true)
        case .trend(let report): trend(report, document.header)
        case .people(let report): people(report)
        case .person(let report): person(report)
        }
    }

    // MARK: - Building blocks

    /// A section; its heading is left out when the section is the whole page (the page's title says it).
    static func section(_ id: String, _ heading: String, standalone: Bool, _ nodes: Body...) -> Body {
        .section(.id(id), .if(!standalone, .h2(.text(heading))), .group(nodes))
    }

    static func text(_ value: String) -> Body { HTMLText.node(value) }

    /// A table with a header row; `numeric` columns align right. Rows are cells already built;
    /// `highlight` marks a row (overdue, missing).
    /// Cells that look like a date, a count or a path never wrap.
    static func table(_ headers: [String], numeric: Set<Int> = [], _ rows: [(cells: [Body], highlight: Bool)]) -> Body {
        guard !rows.isEmpty else { return .p(.class("none"), .text("None.")) }
        // Tables of up to three columns fit a phone as they are; wider ones stack there, a card per row,
        // and those of more than eight columns on any screen narrower than 1000 px.
        let kind = headers.count <= 3 ? "table compact" : headers.count > 8 ? "table many" : "table"
        return .div(.class(kind), .table(
            .thead(.tr(.forEach(headers.enumerated()) { index, header in
                .th(.if(numeric.contains(index), .class("num")), .text(header))
            })),
            .tbody(.forEach(rows) { row in
                .tr(.if(row.highlight, .class("alert")), .forEach(row.cells.enumerated()) { index, cell in
                    .td(.attribute(named: "data-label", value: headers[index]),
                        .if(numeric.contains(index), .class("num"), else: .if(nowrap.contains(headers[index]), .class("nowrap"),
                        else: .if(paths.contains(headers[index]), .class("path")))), cell)
                })
            })
        ))
    }

    /// Columns whose cells stay on one line: dates and basework's own short words. Names may wrap.
    static let nowrap: Set<String> = ["due", "date", "due by", "first met", "last one-to-one", "week", "month", "rules", "state",
                                      "from", "to", "rung", "deepest", "standing", "role", "time"]
    /// Columns of entry paths, set small.
    static let paths: Set<String> = ["entry", "heat entry", "satisfied by"]

    static func cells(_ values: [String]) -> [Body] { values.map(text) }

    static func person(_ name: String, _ handle: String) -> Body {
        name == handle ? .span(.class("who"), text(handle))
            : .span(.class("who"), text(name), .span(.class("handle"), text(" @" + handle)))
    }

    /// People by name, their handles as secondary text, separated by commas.
    static func people(_ handles: [String], _ header: ReportHeader) -> Body {
        .group(handles.enumerated().map { index, handle in
            .group(.if(index > 0, .text(", ")), person(header.name(handle), handle))
        })
    }

    static func figure(_ value: String, _ label: String, detail: String? = nil, alert: Bool = false, good: Bool = false) -> Body {
        .div(.class("figure" + (alert ? " alert" : "") + (good ? " good" : "")),
             .div(.class("value"), text(value)),
             .div(.class("label"), text(label)),
             .unwrap(detail) { .div(.class("detail"), text($0)) })
    }

    // MARK: - Sections

    static func keyFigures(_ report: FullReport) -> Body {
        let time = report.time
        let belowGoal = time.meetsGoal == false
        return .div(.class("figures"),
            figure(String(report.reach.people), "people reached", detail: "\(report.reach.firstContacts) first contacts, crowd of \(report.reach.crowd)"),
            figure(String(report.reach.oneToOne), "one-to-one", detail: "\(report.reach.oneToManyOnly) one-to-many only"),
            figure(String(report.depth.movedUp.count), "moved up the ladder"),
            figure(Wording.percent(time.baseShare), "base share", detail: "goal \(Wording.percent(time.baseShareGoal)) · \(Wording.duration(time.minutes)) in all",
                   alert: belowGoal, good: time.meetsGoal == true),
            figure(String(report.followUps.overdue.count), "follow-ups overdue",
                   detail: "\(report.followUps.open.count) open, \(report.followUps.firstTimers.count) first-timers owed",
                   alert: !report.followUps.overdue.isEmpty),
            figure(String(report.justifications.missing.count), "justifications missing",
                   detail: "of \(report.justifications.required) needed", alert: !report.justifications.missing.isEmpty))
    }

    static func reach(_ report: ReachReport, standalone: Bool) -> Body {
        let roles = Role.allCases.compactMap { role in report.byRole[role].map { "\(role.rawValue) \($0)" } }
        return section("reach", "Who was reached", standalone: standalone,
            .p(.strong(.text(counted(report.people, "person", "people"))),
               .text(" named (\(report.firstContacts) first contacts): \(report.oneToOne) one-to-one, \(report.oneToManyOnly) one-to-many only, and a crowd of \(report.crowd). "),
               .if(!roles.isEmpty, .text("By role: " + roles.joined(separator: ", ") + "."))),
            table(["person", "role", "standing", "interactions", "deepest", "first contact"], numeric: [3], report.list.map {
                ([person($0.name, $0.handle)] + cells([$0.role.rawValue, $0.standing?.rawValue ?? "", String($0.interactions), $0.deepest.tag])
                    + [$0.firstContact ? .span(.class("badge new"), .text("first contact")) : .empty], false)
            }))
    }

    static func depth(_ report: DepthReport, standalone: Bool) -> Body {
        section("depth", "How deeply", standalone: standalone,
            .p(.class("lede"), .text("Base people by their deepest rung at the period's end, shallowest on top.")),
            .div(.class("chart-box"), Charts.both { $0.ladder(report) }),
            .if(report.movedUp.isEmpty, .p(.class("none"), .text("No one moved up in this period.")),
                else: .group(.h3(.text("Moved up (\(report.movedUp.count))")),
                    table(["person", "from", "to"], report.movedUp.map {
                        ([person($0.name, $0.handle)] + cells([$0.from?.tag ?? "first met", $0.to.tag]), false)
                    }))))
    }

    static func followUps(_ report: FollowUpsReport, _ header: ReportHeader, standalone: Bool) -> Body {
        func list(_ title: String, _ items: [FollowUpsReport.Item], overdue: Bool = false, by: Bool = false) -> Body {
            guard !items.isEmpty else { return .empty }
            var headers = ["due", "follow-up", "people", "entry"]
            if overdue { headers.insert("days overdue", at: 1) }
            if by { headers.append("satisfied by") }
            return .group(.h3(.if(overdue, .class("alert")), .text("\(title) (\(items.count))")),
                table(headers, numeric: overdue ? [1] : [], items.map { item in
                    var row = [text(item.due.description), text(item.text), people(item.people, header), text("\(item.entry):\(item.line)")]
                    if overdue { row.insert(.strong(text(item.daysOverdue.map(String.init) ?? "")), at: 1) }
                    if by { row.append(text(item.by ?? "")) }
                    return (row, overdue)
                }))
        }
        return section("followups", "Follow-up pending", standalone: standalone,
            .p(.text("\(report.overdue.count) overdue, \(report.open.count) open, \(report.firstTimers.count) first-timers owed a one-to-one, \(report.goingCold.count) going cold; \(report.satisfied.count) satisfied and \(report.done.count) done in the period.")),
            list("Overdue", report.overdue, overdue: true),
            list("Open", report.open),
            .if(!report.firstTimers.isEmpty, .group(.h3(.text("First-timers owed a one-to-one (\(report.firstTimers.count))")),
                table(["person", "heat entry", "date", "due by", "state"], report.firstTimers.map {
                    ([person(header.name($0.handle), $0.handle)] + cells([$0.entry, $0.date.description, $0.dueBy.description])
                        + [$0.state == .overdue ? .span(.class("badge late"), .text("overdue")) : .text("open")], $0.state == .overdue)
                }))),
            .if(!report.goingCold.isEmpty, .group(.h3(.text("Going cold (\(report.goingCold.count))")),
                table(["person", "last one-to-one", "days since"], numeric: [2], report.goingCold.map {
                    ([person(header.name($0.handle), $0.handle)] + cells([$0.lastOneToOne.description, String($0.days)]), false)
                }))),
            list("Satisfied in the period", report.satisfied, by: true),
            list("Done in the period", report.done))
    }

    static func time(_ report: TimeReport, standalone: Bool) -> Body {
        let below = report.meetsGoal == false
        return section("time", "Who our time went to", standalone: standalone,
            .p(.strong(.text(Wording.duration(report.minutes))), .text(" of work. Base share "),
               .strong(.if(below, .class("bad"), else: .class("ok")), .text(Wording.percent(report.baseShare))),
               .text(" against a goal of \(Wording.percent(report.baseShareGoal))"
                     + (report.baseShare == nil ? "." : below ? ": below the goal." : ": meets the goal.")),
               .unwrap(report.mostTimeWith) { .text(" Most time with \($0.rawValue).") }),
            .div(.class("chart-box"), .h3(.text("Person-time by role")), Charts.both { $0.timeByRole(report) },
                 .if(report.unallocated > 0, .p(.class("footnote"), .text("\(Wording.duration(report.unallocated)) of entry time named no one and is left out of the shares.")))),
            .unwrap(report.plan) { plan in
                .div(.class("chart-box"), .h3(.text("Plan against actual, by aim")), Charts.both { $0.plan(plan) },
                     .p(.class("footnote"), .text("Shares of the time of entries with an aim; bars in red are 10 points or more off the plan.")))
            },
            .div(.class("breakdowns"), .forEach(report.breakdowns) { breakdown in
                .div(.class("breakdown"), .h3(.text("By \(breakdown.dimension)"), .small(.text(" " + breakdown.measure))),
                     table([breakdown.dimension, "time", "share"], numeric: [1, 2], breakdown.rows.map { row in
                         ([.group(text(row.key), .unwrap(row.inferred) {
                             .span(.class("inferred"), text(" \(Wording.duration($0)) inferred"))
                         })] + cells([Wording.duration(row.minutes), Wording.percent(row.share)]), false)
                     }))
            }))
    }

    static func justifications(_ report: JustificationsReport, standalone: Bool) -> Body {
        func name(_ item: JustificationsReport.Item) -> Body {
            .group(.unwrap(item.title) { .strong(text($0)) }, .span(.class("handle"), text((item.title == nil ? "" : " ") + item.entry)))
        }
        func facts(_ item: JustificationsReport.Item) -> String {
            "\(item.rules.map(\.rawValue).joined(separator: ", ")) · base share \(Wording.percent(item.baseShare))"
                + (item.aim.map { " · aim \($0.aim.rawValue)\($0.isInferred ? " (inferred)" : "")" } ?? "")
        }
        return section("justify", "Is it justified?", standalone: standalone,
            .p(.text("\(counted(report.required, "entry needs", "entries need")) a justification: \(report.missing.count) missing, \(report.given.count) given.")),
            .if(!report.missing.isEmpty, .group(.h3(.class("alert"), .text("Missing (\(report.missing.count))")),
                .ul(.class("entries"), .forEach(report.missing) { item in
                    .li(.class("alert"), .span(.class("date"), .text(item.date.description)), name(item), .div(.class("facts"), text(facts(item))))
                }))),
            .if(!report.given.isEmpty, .group(.h3(.text("Given (\(report.given.count))")),
                .ul(.class("entries"), .forEach(report.given) { item in
                    .li(.span(.class("date"), .text(item.date.description)), name(item), .div(.class("facts"), text(facts(item))),
                        .blockquote(.raw(MarkdownHTML.render(item.text ?? ""))))
                }))))
    }

    static func coverage(_ report: CoverageReport, _ header: ReportHeader, standalone: Bool) -> Body {
        let total = report.total
        return section("coverage", "Coverage of the base", standalone: standalone,
            .p(.text("Of "), .strong(.text(counted(total.people, "base person", "base people"))),
               .text(", \(total.reached) reached, \(total.oneToOne) one-to-one (\(Wording.percent(total.share))), \(total.reachedInPeriod) in this period.")),
            .div(.class("chart-box"), Charts.both { $0.coverage(report) }),
            table(["group", "people", "reached", "one-to-one", "this period", "never reached", "one-to-many only"], numeric: [1, 2, 3, 4],
                  report.groups.map { group in
                ([group.name.map(text) ?? .em(.text("no group"))]
                    + cells([String(group.figures.people), String(group.figures.reached), String(group.figures.oneToOne),
                             String(group.figures.reachedInPeriod)])
                    + [people(group.notReached, header), people(group.onlyOneToMany, header)], false)
            }))
    }

    static func trend(_ report: TrendReport, _ header: ReportHeader) -> Body {
        .group(
            .section(.id("trend-chart"),
                     .h2(.text("Base share")), .div(.class("chart-box"), Charts.both { $0.trendShare(report, weekStart: header.weekStart) }),
                     .h2(.text("People reached")), .div(.class("chart-box"), Charts.both { $0.trendPeople(report, weekStart: header.weekStart) })),
            .section(.id("trend"), table([report.by.rawValue, "entries", "time", "base share", "people", "one-to-one", "first contacts",
                                          "crowd", "moved up", "justifications missing"], numeric: Set(1...9), report.periods.map { row in
                (cells([report.by == .week ? "\(row.from) to \(row.to)" : String(row.from.description.prefix(7)), String(row.entries),
                        Wording.duration(row.minutes), Wording.percent(row.baseShare), String(row.people), String(row.oneToOne),
                        String(row.firstContacts), String(row.crowd), String(row.movedUp), String(row.justificationsMissing)]),
                 row.meetsGoal == false)
            })))
    }

    static func people(_ report: PeopleReport) -> Body {
        .section(.id("people"), table(["person", "role", "group", "standing", "depth", "first met", "last one-to-one", "open follow-ups"],
                                      numeric: [7], report.people.map {
            ([person($0.name, $0.handle)] + cells([$0.role.rawValue, $0.group ?? "", $0.standing?.rawValue ?? "", $0.depth?.tag ?? "",
                                                  $0.firstMet?.description ?? "", $0.lastOneToOne?.description ?? "",
                                                  $0.openFollowUps > 0 ? String($0.openFollowUps) : ""]), false)
        }))
    }

    static func person(_ report: PersonReport) -> Body {
        var facts = ["role \(report.role.rawValue)"]
        if let group = report.group { facts.append("group \(group)") }
        if let standing = report.standing { facts.append("standing \(standing.rawValue)") }
        facts.append("\(Wording.duration(report.minutes)) together over \(counted(report.meetings.count, "meeting", "meetings"))")
        return .group(
            .section(.id("meetings"), .p(.class("lede"), text(facts.joined(separator: " · "))), .h2(.text("Meetings")),
                table(["date", "activity", "rung", "time", "tags", "entry"], numeric: [3], report.meetings.map {
                    (cells([$0.date.description, $0.activity ?? "", $0.rung.tag + ($0.firstTime ? " (first time)" : ""),
                            Wording.duration($0.minutes), $0.tags.map { "#" + $0 }.joined(separator: " "), "\($0.entry):\($0.line)"]), false)
                })),
            .section(.id("followups"), .h2(.text("Follow-ups")),
                table(["date", "due", "state", "follow-up", "entry"], report.followUps.map {
                    (cells([$0.date.description, $0.due.description, $0.state.rawValue, $0.text, "\($0.entry):\($0.line)"]), $0.state == .overdue)
                })),
            .section(.id("depth"), .h2(.text("Depth over time")),
                table(["date", "rung"], report.depthOverTime.map { (cells([$0.date.description, $0.rung.tag]), false) })))
    }
}
