//! Normalisations specific to one example: figures that are absolute readings of the
//! whole heap (what start-up allocated included) change whenever any unrelated part of
//! the interpreter allocates differently, so the snapshots keep the figures that the
//! example itself causes and mask or derive away the rest.

use regex::Regex;

/// Applies the normalisation of the example `name` to its (already generally
/// normalised) stdout and stderr.
pub fn for_example(name: &str, stdout: String, stderr: String) -> (String, String) {
    match name {
        "memory_model" => (stdout, mallocstats_differences(&stderr)),
        "profile_memory" => (profiler_usage_masked(&stdout), stderr),
        "objgraph_growth" => (growth_counts_masked(&stdout), stderr),
        _ => (stdout, stderr),
    }
}

/// One `sys._debugmallocstats()` report: blocks in use per size class, and the
/// `# name = value` totals.
#[derive(Default)]
struct MallocReport {
    in_use: Vec<(u64, u64, i64)>,
    totals: Vec<(String, i64)>,
}

/// The totals whose change is caused only by the objects the program kept between two
/// reports. Arena, pool and free-block figures depend on how full the pools already
/// were; the allocation and free counters also count every temporary the interpreter
/// made on the way, which changes with unrelated work on its internals.
const STABLE_TOTALS: [&str; 3] = [
    "bytes in allocated blocks",
    "large blocks",
    "bytes in large blocks",
];

/// Replaces each `sys._debugmallocstats()` report by what changed since the previous
/// one: the blocks in use per size class, and the totals in [`STABLE_TOTALS`]. The
/// first report, all absolute figures, is reduced to a marker. Other lines pass through.
fn mallocstats_differences(stderr: &str) -> String {
    let class_row = Regex::new(r"^\s*(\d+)\s+(\d+)\s+\d+\s+(\d+)\s+\d+$").expect("class row");
    let total_row = Regex::new(r"^# (.+?)\s+=\s+([\d,]+)$").expect("total row");
    let mut out = String::new();
    let mut previous: Option<MallocReport> = None;
    let mut current: Option<MallocReport> = None;
    for line in stderr.lines() {
        if line.starts_with("Small block threshold") {
            if let Some(report) = current.take() {
                finish(report, &mut out, &mut previous);
            }
            current = Some(MallocReport::default());
            continue;
        }
        if let Some(report) = current.as_mut() {
            if let Some(c) = class_row.captures(line) {
                report.in_use.push((
                    c[1].parse().expect("class"),
                    c[2].parse().expect("size"),
                    c[3].parse().expect("blocks"),
                ));
                continue;
            }
            if let Some(c) = total_row.captures(line) {
                let value = c[2].replace(',', "").parse().expect("total");
                report.totals.push((c[1].to_string(), value));
                continue;
            }
            if line.is_empty()
                || line.starts_with("class")
                || line.starts_with("-----")
                || line.contains("bytes/arena")
                || line.contains("unused pools")
                || line.starts_with("Total")
            {
                continue;
            }
            finish(current.take().expect("report"), &mut out, &mut previous);
        }
        out.push_str(line);
        out.push('\n');
    }
    if let Some(report) = current.take() {
        finish(report, &mut out, &mut previous);
    }
    out
}

/// Writes `report` in its reduced form and makes it the one the next is compared with.
fn finish(report: MallocReport, out: &mut String, previous: &mut Option<MallocReport>) {
    match previous.as_ref() {
        None => out.push_str("[report: absolute figures, not recorded]\n"),
        Some(before) => out.push_str(&report_difference(before, &report)),
    }
    *previous = Some(report);
}

/// The change from `before` to `after`, in the report's own layout.
fn report_difference(before: &MallocReport, after: &MallocReport) -> String {
    let mut out =
        String::from("[report: change since the previous report]\nclass   size   blocks in use\n");
    // A class with no block in use is left out of a report, so look in both.
    let mut classes: Vec<(u64, u64)> = (before.in_use.iter().chain(&after.in_use))
        .map(|&(class, size, _)| (class, size))
        .collect();
    classes.sort_unstable();
    classes.dedup();
    let in_use = |r: &MallocReport, class: u64| {
        r.in_use
            .iter()
            .find(|&&(c, _, _)| c == class)
            .map_or(0, |&(_, _, blocks)| blocks)
    };
    for (class, size) in classes {
        let change = in_use(after, class) - in_use(before, class);
        if change != 0 {
            out.push_str(&format!("{class:>5} {size:>6} {:>15}\n", signed(change)));
        }
    }
    for name in STABLE_TOTALS {
        let value = |r: &MallocReport| {
            r.totals
                .iter()
                .find(|(n, _)| n == name)
                .map_or(0, |&(_, v)| v)
        };
        let change = signed(value(after) - value(before));
        out.push_str(&format!("# {name:<42} = {change:>21}\n"));
    }
    out
}

/// `n` with its sign and thousands separators, as the report writes its totals.
fn signed(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(d);
    }
    format!("{}{grouped}", if n < 0 { '-' } else { '+' })
}

/// memory_profiler's "Mem usage" column is the whole heap in use, and the first row's
/// increment is that same reading; both are masked, the other increments kept. Rows are
/// laid out as `{line:>6} {usage:>12} {increment:>12}  {occurrences:>10}   {text}`.
fn profiler_usage_masked(stdout: &str) -> String {
    let row = Regex::new(r"^ *\d+ +\d+\.\d+ MiB +-?\d+\.\d+ MiB ").expect("profiler row");
    let masked = format!("{:>12}", "<heap> MiB");
    let mut out = String::new();
    let mut first_row = false;
    for line in stdout.lines() {
        if !line.is_empty() && line.chars().all(|c| c == '=') {
            first_row = true;
        } else if row.is_match(line) {
            let (head, usage, gap, increment, tail) = (
                &line[..7],
                &line[7..19],
                &line[19..20],
                &line[20..32],
                &line[32..],
            );
            let _ = usage;
            let increment = if first_row {
                masked.as_str()
            } else {
                increment
            };
            out.push_str(&format!("{head}{masked}{gap}{increment}{tail}\n"));
            first_row = false;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// objgraph.show_growth() rows are `type  count  +delta`; the count is of the whole heap
/// and is masked, the delta kept.
fn growth_counts_masked(stdout: &str) -> String {
    let row = Regex::new(r"(?m)^(\S+ *?)( *\d+)( +[+-]\d+)$").expect("growth row");
    row.replace_all(stdout, |c: &regex::Captures| {
        format!("{}{:>w$}{}", &c[1], "<count>", &c[3], w = c[2].len().max(8))
    })
    .into_owned()
}
