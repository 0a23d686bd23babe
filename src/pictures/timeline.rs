//! The heap timeline: bytes in use over the program's run (sampled by the heap profile),
//! the peak marked, each garbage collection a tick in its generation's lane, and the
//! lines holding the most memory at the peak listed beside the plot. `plotters` draws it
//! with its SVG backend.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

use crate::heap::profile::Sample;
use crate::vm::heap_profile::HeapReport;

use super::flamegraph::frame_label;
use super::format_bytes;

const WIDTH: u32 = 1200;
const HEIGHT: u32 = 640;
/// Width of the plot; the list of lines takes the rest.
const PLOT_WIDTH: u32 = 800;
/// Height of the heap plot; the collection lanes take the rest of the plot's column.
const HEAP_HEIGHT: u32 = 500;
/// Lines listed beside the plot.
const TOP_LINES: usize = 12;
/// Characters of a source line shown in the list.
const SOURCE_CHARS: usize = 52;

/// The colour of a collection of `generation` (young to old: blue, orange, red).
pub fn generation_color(generation: usize) -> RGBColor {
    match generation {
        0 => RGBColor(0x1f, 0x77, 0xb4),
        1 => RGBColor(0xff, 0x7f, 0x0e),
        _ => RGBColor(0xd6, 0x27, 0x28),
    }
}

const HEAP_COLOR: RGBColor = RGBColor(0x2c, 0x7b, 0x3c);
const PEAK_COLOR: RGBColor = RGBColor(0xc0, 0x10, 0x10);
const GREY: RGBColor = RGBColor(0x66, 0x66, 0x66);

fn draw_error<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

/// The peak's label on the plot.
pub fn peak_label(peak: Sample) -> String {
    format!("peak {} at {:.3} s", format_bytes(peak.bytes), peak.seconds)
}

/// The timeline's SVG text.
pub fn render_svg(report: &HeapReport, program: &str) -> std::io::Result<String> {
    let mut svg = String::new();
    draw(report, program, &mut svg).map_err(draw_error)?;
    Ok(super::summary::insert_desc(
        &svg,
        &super::summary::describe(report),
    ))
}

fn draw(
    report: &HeapReport,
    program: &str,
    svg: &mut String,
) -> Result<(), DrawingAreaErrorKind<<SVGBackend<'static> as DrawingBackend>::ErrorType>> {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(PLOT_WIDTH);
    let (heap_area, lanes_area) = left.split_vertically(HEAP_HEIGHT);

    let mut points: Vec<(f64, f64)> = report
        .samples
        .iter()
        .map(|s| (s.seconds, s.bytes as f64))
        .collect();
    points.push((report.peak.seconds, report.peak.bytes as f64));
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let x_max = points.iter().map(|p| p.0).fold(0.0f64, f64::max).max(1e-3);
    let y_max = (report.peak.bytes as f64 * 1.15).max(1024.0);

    let mut chart = ChartBuilder::on(&heap_area)
        .caption(
            format!("Heap in use while {program} runs"),
            ("sans-serif", 20),
        )
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(90)
        .build_cartesian_2d(0f64..x_max, 0f64..y_max)?;
    chart
        .configure_mesh()
        .x_desc("seconds")
        .y_desc("heap in use")
        .y_label_formatter(&|v| format_bytes(*v as usize))
        .x_label_formatter(&|v| format!("{v:.3}"))
        .light_line_style(RGBColor(0xee, 0xee, 0xee))
        .draw()?;
    chart.draw_series(LineSeries::new(points, HEAP_COLOR.stroke_width(2)))?;
    let peak = (report.peak.seconds, report.peak.bytes as f64);
    chart.draw_series(LineSeries::new(
        vec![(peak.0, 0.0), peak],
        PEAK_COLOR.mix(0.5).stroke_width(1),
    ))?;
    // The label sits left of the marker when the peak is in the right half.
    let anchor_right = peak.0 > x_max / 2.0;
    let label_style = TextStyle::from(("sans-serif", 15).into_font())
        .color(&PEAK_COLOR)
        .pos(plotters::style::text_anchor::Pos::new(
            if anchor_right {
                plotters::style::text_anchor::HPos::Right
            } else {
                plotters::style::text_anchor::HPos::Left
            },
            plotters::style::text_anchor::VPos::Center,
        ));
    let dx = if anchor_right { -10 } else { 10 };
    chart.draw_series(std::iter::once(
        EmptyElement::at(peak)
            + Circle::new((0, 0), 6, PEAK_COLOR.filled())
            + Text::new(peak_label(report.peak), (dx, -14), label_style),
    ))?;

    // One lane per generation, each collection a tick at the time it started.
    let mut lanes = ChartBuilder::on(&lanes_area)
        .margin_left(12)
        .margin_right(12)
        .margin_bottom(24)
        .x_label_area_size(0)
        .y_label_area_size(90)
        .build_cartesian_2d(0f64..x_max, (0i32..3i32).into_segmented())?;
    lanes
        .configure_mesh()
        .disable_x_mesh()
        .disable_y_mesh()
        .x_labels(0)
        .y_labels(3)
        .y_label_formatter(&|v| match v {
            SegmentValue::CenterOf(g) if *g < 3 => format!("gen {g}"),
            _ => String::new(),
        })
        .draw()?;
    lanes.draw_series(report.collections.iter().map(|c| {
        let g = c.generation.min(2) as i32;
        PathElement::new(
            vec![
                (c.seconds, SegmentValue::Exact(g)),
                (c.seconds, SegmentValue::Exact(g + 1)),
            ],
            generation_color(c.generation).stroke_width(1),
        )
    }))?;

    draw_side_panel(&right, report)?;
    root.present()?;
    Ok(())
}

/// The summary and the lines holding most memory at the peak.
fn draw_side_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    report: &HeapReport,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let title = ("sans-serif", 17).into_font().style(FontStyle::Bold);
    let text = ("sans-serif", 14).into_font();
    let mono = TextStyle::from(("monospace", 12).into_font()).color(&GREY);
    let mut y = 20;
    area.draw(&Text::new("Summary", (10, y), title.clone()))?;
    y += 26;
    area.draw(&Text::new(
        peak_label(report.peak),
        (10, y),
        text.clone().color(&PEAK_COLOR),
    ))?;
    y += 20;
    let mut per_gen = [0usize; 3];
    for c in &report.collections {
        per_gen[c.generation.min(2)] += 1;
    }
    area.draw(&Text::new(
        format!(
            "{} collections: gen 0 {}, gen 1 {}, gen 2 {}",
            report.collections.len(),
            per_gen[0],
            per_gen[1],
            per_gen[2]
        ),
        (10, y),
        text.clone(),
    ))?;
    y += 36;
    area.draw(&Text::new(
        "Top allocating lines at the peak",
        (10, y),
        title,
    ))?;
    y += 26;
    for (i, line) in report.top_lines.iter().take(TOP_LINES).enumerate() {
        let frame = crate::vm::heap_profile::ProfileFrame {
            function: line.function.clone(),
            file: line.file.clone(),
            line: line.line,
        };
        area.draw(&Text::new(
            format!(
                "{}. {:>9}  {}",
                i + 1,
                format_bytes(line.bytes),
                frame_label(&frame)
            ),
            (10, y),
            text.clone(),
        ))?;
        y += 17;
        if !line.source.is_empty() {
            let source: String = line.source.chars().take(SOURCE_CHARS).collect();
            area.draw(&Text::new(source, (30, y), mono.clone()))?;
            y += 22;
        }
    }
    if report.top_lines.is_empty() {
        area.draw(&Text::new(
            "(no memory allocated by the program was live at the peak)",
            (10, y),
            text,
        ))?;
    }
    Ok(())
}

/// An HTML page showing the timeline and, as a table, the lines at the peak.
pub fn render_html(report: &HeapReport, program: &str) -> std::io::Result<String> {
    let svg = render_svg(report, program)?;
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(&format!(
        "<title>Heap timeline of {}</title>\n",
        html_escape(program)
    ));
    page.push_str(
        "<style>body{font-family:sans-serif;margin:1em}td,th{padding:2px 8px;text-align:left}\
         td.n{text-align:right}code{color:#555}</style>\n</head>\n<body>\n",
    );
    page.push_str(&svg);
    page.push_str("\n<h2>Lines holding the most memory at the peak</h2>\n<table>\n");
    page.push_str("<tr><th>bytes</th><th>function</th><th>line</th><th>source</th></tr>\n");
    for line in &report.top_lines {
        page.push_str(&format!(
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}:{}</td><td><code>{}</code></td></tr>\n",
            line.bytes,
            html_escape(&line.function),
            html_escape(&line.file),
            line.line,
            html_escape(&line.source)
        ));
    }
    page.push_str("</table>\n</body>\n</html>\n");
    Ok(page)
}

/// Text made safe inside HTML or XML.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
