//! A machine-readable line inside each picture (an SVG `<desc>` element): the exact
//! figures behind it, for tests and for tools that read the files back.

use crate::vm::heap_profile::HeapReport;

/// `peak_bytes=N peak_seconds=S collections=gen0:A,gen1:B,gen2:C` for `report`.
pub fn describe(report: &HeapReport) -> String {
    let mut per_generation = [0usize; 3];
    for c in &report.collections {
        per_generation[c.generation.min(2)] += 1;
    }
    format!(
        "peak_bytes={} peak_seconds={:.6} collections=gen0:{},gen1:{},gen2:{}",
        report.peak.bytes,
        report.peak.seconds,
        per_generation[0],
        per_generation[1],
        per_generation[2]
    )
}

/// `svg` with a `<desc>` holding `text` placed first inside its root element.
pub fn insert_desc(svg: &str, text: &str) -> String {
    let Some(open) = svg.find("<svg") else {
        return svg.to_owned();
    };
    let Some(end) = svg[open..].find('>').map(|i| open + i + 1) else {
        return svg.to_owned();
    };
    format!("{}<desc>{text}</desc>{}", &svg[..end], &svg[end..])
}

#[cfg(test)]
mod tests {
    use super::insert_desc;

    #[test]
    fn the_desc_goes_inside_the_root_element() {
        let svg = "<?xml version=\"1.0\"?><svg a=\"1\"><g/></svg>";
        assert_eq!(
            insert_desc(svg, "x=1"),
            "<?xml version=\"1.0\"?><svg a=\"1\"><desc>x=1</desc><g/></svg>"
        );
        assert_eq!(insert_desc("no picture", "x"), "no picture");
    }
}
