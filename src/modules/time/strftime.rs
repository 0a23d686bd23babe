//! `time.strftime` in the C locale: the directives glibc knows, over a checked
//! broken-down time (the Python part of the module validates the tuple first, with
//! CPython's messages).

use crate::heap::libc_ffi::BrokenDownTime;

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(t: &BrokenDownTime) -> &'static str {
    DAYS[t.wday.rem_euclid(7) as usize]
}

fn month_name(t: &BrokenDownTime) -> &'static str {
    MONTHS[(t.mon - 1).rem_euclid(12) as usize]
}

fn abbrev(s: &str) -> &str {
    &s[..3]
}

/// `asctime`'s form: `Sun Jun 20 23:21:05 1993`.
pub fn asctime(t: &BrokenDownTime) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        abbrev(day_name(t)),
        abbrev(month_name(t)),
        t.mday,
        t.hour,
        t.min,
        t.sec,
        t.year
    )
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Sunday = 0 numbering of the week day, as C counts.
fn c_wday(t: &BrokenDownTime) -> i64 {
    i64::from((t.wday + 1).rem_euclid(7))
}

/// The ISO 8601 week-based year and week number (`%G`, `%V`).
fn iso_week(t: &BrokenDownTime) -> (i64, i64) {
    let yday = i64::from(t.yday - 1);
    let iso_wday = (c_wday(t) + 6) % 7; // Monday = 0
    let year = t.year;
    // Compute the Thursday of this week; its year is the ISO year.
    let thursday = yday - iso_wday + 3;
    let len = if is_leap(year) { 366 } else { 365 };
    if thursday < 0 {
        let plen = if is_leap(year - 1) { 366 } else { 365 };
        return (year - 1, (thursday + plen) / 7 + 1);
    }
    if thursday >= len {
        return (year + 1, (thursday - len) / 7 + 1);
    }
    (year, thursday / 7 + 1)
}

/// How one directive asks its text to be laid out: glibc's flags (`_` `-` `0` pick the
/// padding, `^` upper-cases, `#` swaps case where glibc does), a minimum width, and
/// the `E` / `O` modifier (alternative forms, the same as the plain ones in the C
/// locale).
#[derive(Clone, Copy, Default)]
struct Spec {
    /// `b'_'`, `b'-'`, `b'0'` or 0 for none.
    pad: u8,
    upper: bool,
    lower: bool,
    width: usize,
}

impl Spec {
    /// Appends `text` as glibc's `cpy` does: case changes, then padding up to the
    /// width (zeros only with the `0` flag).
    fn put(&self, out: &mut String, text: &str) {
        let len = text.chars().count();
        let fill = if self.pad == b'0' { '0' } else { ' ' };
        out.extend(std::iter::repeat_n(fill, self.width.saturating_sub(len)));
        if self.lower {
            out.push_str(&text.to_lowercase());
        } else if self.upper {
            out.push_str(&text.to_uppercase());
        } else {
            out.push_str(text);
        }
    }

    /// Appends a number with at least `digits` digits, as glibc's `DO_NUMBER` pads it:
    /// zeros unless the `_` flag asks for spaces or `-` for none; a wider width raises
    /// the digit count.
    fn number(&self, out: &mut String, digits: usize, value: i64) {
        let digits = digits.max(self.width);
        let mut text = value.unsigned_abs().to_string();
        if value < 0 {
            text.insert(0, '-');
        }
        let mut rest = *self;
        if self.pad != b'-' {
            let padding = digits.saturating_sub(text.len());
            if padding > 0 {
                if self.pad == b'_' {
                    out.extend(std::iter::repeat_n(' ', padding));
                } else {
                    let body = match text.strip_prefix('-') {
                        Some(body) => {
                            out.push('-');
                            body.to_string()
                        }
                        None => text.clone(),
                    };
                    out.extend(std::iter::repeat_n('0', padding));
                    text = body;
                }
                rest.width = rest.width.saturating_sub(padding);
            }
        }
        rest.put(out, &text);
    }

    /// A number padded with spaces unless `0` or `-` was asked for (`%e`, `%k`, `%l`).
    fn spaced_number(&self, out: &mut String, digits: usize, value: i64) {
        let mut spec = *self;
        if spec.pad != b'0' && spec.pad != b'-' {
            spec.pad = b'_';
        }
        spec.number(out, digits, value);
    }

    /// A directive that stands for a whole format (`%c`, `%D`, `%T`, ...): that format
    /// laid out plainly, then padded to the width and upper-cased with `^`.
    fn subformat(&self, out: &mut String, fmt: &str, t: &BrokenDownTime) {
        let text = layout(fmt, t);
        let spec = Spec {
            lower: false,
            ..*self
        };
        spec.put(out, &text);
    }
}

/// `time.strftime`: `fmt` laid out as glibc does in the C locale. CPython gives the C
/// library a buffer of 1024 characters, doubled up to 256 times the format's length,
/// and returns '' when the text still does not fit; so does this.
pub fn strftime(fmt: &str, t: &BrokenDownTime) -> String {
    let text = layout(fmt, t);
    let mut room = 1024usize;
    while room < fmt.chars().count().saturating_mul(256) {
        room = room.saturating_mul(2);
    }
    if text.chars().count() >= room {
        return String::new();
    }
    text
}

/// Formats `fmt` as glibc's strftime does in the C locale; `%Z` shows `zone` and `%z`
/// the offset `gmtoff`. A directive glibc does not know is copied as written.
fn layout(fmt: &str, t: &BrokenDownTime) -> String {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut spec = Spec::default();
        let mut swap_case = false;
        while let Some(&c) = chars.get(i) {
            match c {
                '_' | '-' | '0' => spec.pad = c as u8,
                '^' => spec.upper = true,
                '#' => swap_case = true,
                _ => break,
            }
            i += 1;
        }
        while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
            spec.width = spec.width.saturating_mul(10).saturating_add(d as usize);
            i += 1;
        }
        let modifier = match chars.get(i) {
            Some(&m @ ('E' | 'O')) => {
                i += 1;
                Some(m)
            }
            _ => None,
        };
        let conversion = chars.get(i).copied();
        // The directive as written, for one glibc does not know (a format that ends
        // inside a directive keeps what there is).
        let end = if conversion.is_some() { i + 1 } else { i };
        let written: String = chars[start..end].iter().collect();
        i = end;
        let known =
            conversion.is_some_and(|c| directive(&mut out, c, modifier, swap_case, spec, t));
        if !known {
            spec.put(&mut out, &written);
        }
    }
    out
}

fn hour12(t: &BrokenDownTime) -> i32 {
    match t.hour % 12 {
        0 => 12,
        h => h,
    }
}

/// Lays out one conversion; false when glibc does not know it with this modifier.
fn directive(
    out: &mut String,
    conversion: char,
    modifier: Option<char>,
    swap_case: bool,
    mut spec: Spec,
    t: &BrokenDownTime,
) -> bool {
    // Which modifier each conversion refuses, as glibc checks them.
    let refused = match conversion {
        'a' | 'A' | 'D' | 'F' => modifier.is_some(),
        'c' | 'x' | 'X' | 'Y' => modifier == Some('O'),
        'b' | 'h' | 'B' | 'd' | 'e' | 'g' | 'G' | 'H' | 'I' | 'j' | 'k' | 'l' | 'm' | 'M' | 'S'
        | 'U' | 'V' | 'w' | 'W' => modifier == Some('E'),
        _ => false,
    };
    if refused {
        return false;
    }
    let year = t.year;
    match conversion {
        'a' | 'A' | 'b' | 'h' | 'B' => {
            if swap_case {
                spec.upper = true;
            }
            let text = match conversion {
                'a' => abbrev(day_name(t)),
                'A' => day_name(t),
                'B' => month_name(t),
                _ => abbrev(month_name(t)),
            };
            spec.put(out, text);
        }
        'p' | 'P' => {
            if conversion == 'P' || swap_case {
                spec.lower = true;
            }
            spec.put(out, if t.hour < 12 { "AM" } else { "PM" });
        }
        'Z' => {
            if swap_case {
                spec.lower = true;
            }
            spec.put(out, &t.zone);
        }
        'c' => spec.subformat(out, "%a %b %e %H:%M:%S %Y", t),
        'D' | 'x' => spec.subformat(out, "%m/%d/%y", t),
        'F' => spec.subformat(out, "%Y-%m-%d", t),
        'r' => spec.subformat(out, "%I:%M:%S %p", t),
        'R' => spec.subformat(out, "%H:%M", t),
        'T' | 'X' => spec.subformat(out, "%H:%M:%S", t),
        'C' => spec.number(out, 1, year.div_euclid(100)),
        'd' => spec.number(out, 2, i64::from(t.mday)),
        'e' => spec.spaced_number(out, 2, i64::from(t.mday)),
        'g' => spec.number(out, 2, iso_week(t).0.rem_euclid(100)),
        'G' => spec.number(out, 1, iso_week(t).0),
        'H' => spec.number(out, 2, i64::from(t.hour)),
        'I' => spec.number(out, 2, i64::from(hour12(t))),
        'j' => spec.number(out, 3, i64::from(t.yday)),
        'k' => spec.spaced_number(out, 2, i64::from(t.hour)),
        'l' => spec.spaced_number(out, 2, i64::from(hour12(t))),
        'm' => spec.number(out, 2, i64::from(t.mon)),
        'M' => spec.number(out, 2, i64::from(t.min)),
        'n' => spec.put(out, "\n"),
        't' => spec.put(out, "\t"),
        '%' => spec.put(out, "%"),
        's' => spec.number(out, 1, crate::heap::libc_ffi::mktime(t).unwrap_or(-1)),
        'S' => spec.number(out, 2, i64::from(t.sec)),
        'u' => spec.number(out, 1, i64::from(t.wday) + 1),
        'U' => spec.number(out, 2, (i64::from(t.yday - 1) + 7 - c_wday(t)) / 7),
        'V' => spec.number(out, 2, iso_week(t).1),
        'w' => spec.number(out, 1, c_wday(t)),
        'W' => spec.number(
            out,
            2,
            (i64::from(t.yday - 1) + 7 - (c_wday(t) + 6) % 7) / 7,
        ),
        'y' => spec.number(out, 2, year.rem_euclid(100)),
        'Y' => spec.number(out, 1, year),
        // glibc writes no offset for a time whose daylight saving state is unknown.
        'z' if t.isdst < 0 => {}
        'z' => {
            // The sign takes the width first, then the digits take it again: glibc's
            // own layout of `%10z`.
            spec.put(out, if t.gmtoff < 0 { "-" } else { "+" });
            let m = t.gmtoff.abs() / 60;
            spec.number(out, 4, (m / 60) * 100 + m % 60);
        }
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(year: i64, mon: i32, mday: i32, wday: i32, yday: i32) -> BrokenDownTime {
        BrokenDownTime {
            year,
            mon,
            mday,
            wday,
            yday,
            ..BrokenDownTime::default()
        }
    }

    #[test]
    fn iso_weeks_at_year_edges() {
        // 2021-01-01 was a Friday: ISO week 53 of 2020.
        assert_eq!(iso_week(&t(2021, 1, 1, 4, 1)), (2020, 53));
        // 2024-12-30 was a Monday: ISO week 1 of 2025.
        assert_eq!(iso_week(&t(2024, 12, 30, 0, 365)), (2025, 1));
        assert_eq!(
            strftime("%a %b %e %j %U %W", &t(2024, 3, 5, 1, 65)),
            "Tue Mar  5 065 09 10"
        );
    }
}
