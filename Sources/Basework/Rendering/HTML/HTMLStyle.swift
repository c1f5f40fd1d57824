/// The page's one stylesheet, inline: system fonts only, colours that print, and no `url(` or `@import`.
/// Below 720 px (a phone) the charts' narrow layout shows, and tables of four columns or more become one
/// card per row; tables of more than eight columns (`many`) do so below 1000 px already.
enum HTMLStyle {
    /// The rules that turn the tables `selector` names into cards: a row per card, each value beside its
    /// column's name (the cell's `data-label`), empty cells left out.
    static func stacked(_ selector: String) -> String {
        """
          \(selector) table, \(selector) tbody, \(selector) tr, \(selector) td { display: block; width: 100%; }
          \(selector) thead { display: none; }
          \(selector) tr { border-bottom: 2px solid var(--line); padding: 4px 0; }
          \(selector) td { border: none; padding: 2px 4px; display: grid; grid-template-columns: 38% 62%; gap: 6px;
            text-align: left; white-space: normal; }
          \(selector) td::before { content: attr(data-label); color: var(--muted); font-size: 12px; text-transform: uppercase; }
          \(selector) td.num { text-align: left; }
          \(selector) td:empty { display: none; }
        """
    }

    static let css = """
    :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --paper: #ffffff; --wash: #f5f7fa;
      --base: #2f855a; --alert: #c53030; --alert-wash: #fff5f5; --warn: #b7791f; --accent: #2b6cb0; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--wash); color: var(--ink);
      font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    .redacted { background: var(--warn); color: #fff; font-weight: 600; padding: 8px 32px; }
    header.page { background: var(--ink); color: #fff; padding: 22px 32px 16px; }
    header.page h1 { margin: 0 0 4px; font-size: 26px; font-weight: 650; }
    header.page p { margin: 2px 0; color: #cbd2d9; }
    main { max-width: 1060px; margin: 0 auto; padding: 20px 24px 40px; }
    section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 14px 22px 18px; margin: 0 0 18px; }
    h2 { margin: 4px 0 10px; font-size: 20px; border-bottom: 2px solid var(--line); padding-bottom: 6px; }
    h3 { margin: 16px 0 6px; font-size: 15px; }
    h3 small { color: var(--muted); font-weight: normal; }
    h3.alert { color: var(--alert); }
    p { margin: 6px 0 10px; }
    .lede, .footnote, .none { color: var(--muted); }
    .footnote { font-size: 13px; margin-top: 2px; }
    .figures { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px; margin: 0 0 18px; }
    .figure { background: var(--paper); border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 8px; padding: 10px 12px; }
    .figure .value { font-size: 28px; font-weight: 700; line-height: 1.1; }
    .figure .label { font-weight: 600; }
    .figure .detail { color: var(--muted); font-size: 12.5px; }
    .figure.alert { border-top-color: var(--alert); }
    .figure.alert .value { color: var(--alert); }
    .figure.good { border-top-color: var(--base); }
    .figure.good .value { color: var(--base); }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); background: var(--wash); }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .nowrap { white-space: nowrap; }
    th.num { white-space: normal; }
    td.path { color: var(--muted); font-size: 12.5px; }
    tr.alert td { background: var(--alert-wash); }
    tr.alert td:first-child { box-shadow: inset 4px 0 0 var(--alert); }
    .who .handle, .handle { color: var(--muted); font-size: 13px; }
    .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; }
    .badge.new { background: #e6fffa; color: #285e61; }
    .badge.late { background: var(--alert); color: #fff; }
    strong.bad { color: var(--alert); }
    strong.ok { color: var(--base); }
    .chart-box { margin: 8px 0 14px; }
    svg.chart { width: 100%; max-width: 760px; height: auto; display: block; font-size: 13px; }
    svg.chart.narrow { display: none; max-width: 340px; font-size: 13px; }
    svg .label { fill: var(--ink); }
    svg .strong { font-weight: 700; }
    svg .value { fill: var(--ink); font-variant-numeric: tabular-nums; }
    svg .muted { fill: var(--muted); }
    svg .axis { fill: var(--muted); font-size: 12px; }
    svg .grid { stroke: var(--line); stroke-width: 1; }
    svg .goal { stroke: var(--alert); stroke-width: 2; stroke-dasharray: 6 4; }
    svg .goal-label { fill: var(--alert); font-size: 12px; font-weight: 600; }
    svg .in-bar { fill: #fff; font-size: 12px; font-weight: 700; }
    svg .in-bar.dark { fill: var(--ink); }
    svg .in-bar.light { fill: #1c4532; }
    svg .moved { fill: var(--base); font-weight: 700; }
    .role-base { fill: var(--base); }
    .role-base.below-goal { fill: var(--warn); }
    .role-staff { fill: #7b8794; } .role-officer { fill: #9f7aea; } .role-professional { fill: #3182ce; }
    .role-outside { fill: #dd6b20; } .role-comrade { fill: #d69e2e; } .role-opponent { fill: #9b2c2c; } .role-other { fill: #a0aec0; }
    .rung { fill: var(--base); }
    .rung-1 { fill-opacity: .35; } .rung-2 { fill-opacity: .45; } .rung-3 { fill-opacity: .55; } .rung-4 { fill-opacity: .65; }
    .rung-5 { fill-opacity: .75; } .rung-6 { fill-opacity: .85; } .rung-7 { fill-opacity: .93; } .rung-8 { fill-opacity: 1; }
    .rung-empty { fill: var(--line); }
    .plan-planned { fill: #fff; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 4 2; }
    .plan-actual { fill: var(--accent); }
    .plan-actual.off-plan { fill: var(--alert); }
    .cov-one { fill: var(--base); } .cov-many { fill: #9ae6b4; } .cov-never { fill: #e4e7eb; }
    .trend-people { fill: #bcccdc; }
    .trend-line { fill: none; stroke: var(--accent); stroke-width: 3; }
    .trend-dot { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
    .trend-dot.below-goal { fill: var(--warn); }
    .inferred { color: var(--muted); font-size: 12px; }
    td, li, p, blockquote, h1, h2, h3 { overflow-wrap: anywhere; }
    .breakdowns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 22px; }
    ul.entries { list-style: none; padding: 0; margin: 0; }
    ul.entries li { border-left: 4px solid var(--line); padding: 6px 12px; margin: 0 0 8px; }
    ul.entries li.alert { border-left-color: var(--alert); background: var(--alert-wash); }
    .date { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 8px; }
    .facts { color: var(--muted); font-size: 13px; }
    blockquote { margin: 6px 0 2px; padding: 4px 12px; border-left: 3px solid var(--accent); color: var(--ink); }
    blockquote p { margin: 4px 0; } blockquote ul, blockquote ol { margin: 4px 0; padding-left: 22px; }
    @media (max-width: 800px) { .figures { grid-template-columns: repeat(2, 1fr); } .breakdowns { grid-template-columns: 1fr; } }
    @media screen and (max-width: 719px) {
      header.page { padding: 14px 12px 10px; } header.page h1 { font-size: 21px; }
      .redacted { padding: 8px 12px; }
      main { padding: 10px 8px 24px; }
      section { padding: 10px 10px 12px; }
      svg.chart.wide { display: none; } svg.chart.narrow { display: block; }
      .figure { padding: 8px; } .figure .value { font-size: 24px; }
    \(stacked(".table:not(.compact)"))
      .table.compact th, .table.compact td { white-space: normal; padding: 4px 5px; }
    }
    @media screen and (max-width: 999px) {
    \(stacked(".table.many"))
    }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { background: #fff; font-size: 11pt; }
      header.page { background: #fff; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--ink); }
      header.page p { color: var(--muted); }
      main { max-width: none; padding: 8px 0; }
      section { border: none; padding: 0; margin: 0 0 14px; }
      section, .chart-box, tr, li, .figure { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .figures { grid-template-columns: repeat(3, 1fr); }
      .table { overflow: visible; }
      svg.chart.narrow { display: none; } svg.chart.wide { display: block; }
      .redacted { border: 2px solid var(--ink); color: var(--ink); background: #fff; }
    }
    """
}
