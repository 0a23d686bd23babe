//! The allocation flame graph: one frame per Python function and line, as wide as the
//! bytes allocated under it. `inferno` draws it, with its search and zoom scripts, so
//! the file works in any browser without a network.

use crate::vm::heap_profile::{HeapReport, ProfileFrame};

use super::format_bytes;

/// Which allocations the graph shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// The blocks live at the peak of heap use.
    LiveAtPeak,
    /// Every block allocated during the run.
    Allocated,
}

/// A frame's name in the graph: `function (file:line)`, with the file's last component.
pub fn frame_label(frame: &ProfileFrame) -> String {
    let file = frame.file.rsplit('/').next().unwrap_or(&frame.file);
    let text = if frame.line == 0 && file.is_empty() {
        frame.function.clone()
    } else {
        format!("{} ({file}:{})", frame.function, frame.line)
    };
    // `;` separates frames and a trailing space-number is the count in inferno's input.
    text.replace(';', ":")
}

/// The flame graph's SVG text.
pub fn render(report: &HeapReport, measure: Measure, program: &str) -> std::io::Result<String> {
    let (stacks, title) = match measure {
        Measure::LiveAtPeak => (
            &report.live_at_peak,
            format!(
                "Memory live at the peak ({}) of {program}",
                format_bytes(report.peak.bytes)
            ),
        ),
        Measure::Allocated => (&report.allocated, format!("Memory allocated by {program}")),
    };
    let total: usize = stacks.iter().map(|(_, b)| b).sum();
    let lines: Vec<String> = stacks
        .iter()
        .filter(|(_, bytes)| *bytes > 0)
        .map(|(frames, bytes)| {
            let path: Vec<String> = frames.iter().map(frame_label).collect();
            format!("{} {bytes}", path.join(";"))
        })
        .collect();
    let mut options = inferno::flamegraph::Options::default();
    options.title = title;
    options.subtitle = Some(match measure {
        Measure::LiveAtPeak => format!(
            "{} in blocks allocated by the program and live at {:.3} s; click a frame to zoom, Ctrl-F to search",
            format_bytes(total),
            report.peak.seconds
        ),
        Measure::Allocated => format!(
            "{} allocated in all; click a frame to zoom, Ctrl-F to search",
            format_bytes(total)
        ),
    });
    options.count_name = "bytes".to_owned();
    options.name_type = "Function:".to_owned();
    options.colors =
        inferno::flamegraph::Palette::Basic(inferno::flamegraph::color::BasicPalette::Mem);
    options.deterministic = true;
    let mut out = Vec::new();
    let result =
        inferno::flamegraph::from_lines(&mut options, lines.iter().map(|s| s.as_str()), &mut out);
    // With no allocations inferno still writes a valid picture saying so.
    if result.is_err() && out.is_empty() {
        result?;
    }
    let svg = String::from_utf8(out)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    let desc = format!("{} shown_bytes={total}", super::summary::describe(report));
    Ok(super::summary::insert_desc(&svg, &desc))
}
