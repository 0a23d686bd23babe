//! `time.strftime` in the C locale: the directives glibc knows, over a checked
//! broken-down time (the Python part of the module validates the tuple first, with
//! CPython's messages).

use crate::heap::libc_ffi::BrokenDownTime;
use std::fmt::Write as _;

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

/// Formats `fmt`; `%Z` shows `zone` and `%z` the offset `gmtoff`.
pub fn strftime(fmt: &str, t: &BrokenDownTime) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        directive(&mut out, d, t);
    }
    out
}

fn hour12(t: &BrokenDownTime) -> i32 {
    match t.hour % 12 {
        0 => 12,
        h => h,
    }
}

fn directive(out: &mut String, d: char, t: &BrokenDownTime) {
    let _ = match d {
        'a' => write!(out, "{}", abbrev(day_name(t))),
        'A' => write!(out, "{}", day_name(t)),
        'b' | 'h' => write!(out, "{}", abbrev(month_name(t))),
        'B' => write!(out, "{}", month_name(t)),
        'c' => write!(
            out,
            "{} {} {:2} {:02}:{:02}:{:02} {}",
            abbrev(day_name(t)),
            abbrev(month_name(t)),
            t.mday,
            t.hour,
            t.min,
            t.sec,
            t.year
        ),
        'C' => write!(out, "{:02}", t.year.div_euclid(100)),
        'd' => write!(out, "{:02}", t.mday),
        'D' | 'x' => write!(
            out,
            "{:02}/{:02}/{:02}",
            t.mon,
            t.mday,
            t.year.rem_euclid(100)
        ),
        'e' => write!(out, "{:2}", t.mday),
        'F' => write!(out, "{}-{:02}-{:02}", t.year, t.mon, t.mday),
        'g' => write!(out, "{:02}", iso_week(t).0.rem_euclid(100)),
        'G' => write!(out, "{}", iso_week(t).0),
        'H' => write!(out, "{:02}", t.hour),
        'I' => write!(out, "{:02}", hour12(t)),
        'j' => write!(out, "{:03}", t.yday),
        'k' => write!(out, "{:2}", t.hour),
        'l' => write!(out, "{:2}", hour12(t)),
        'm' => write!(out, "{:02}", t.mon),
        'M' => write!(out, "{:02}", t.min),
        'n' => writeln!(out),
        'p' => write!(out, "{}", if t.hour < 12 { "AM" } else { "PM" }),
        'P' => write!(out, "{}", if t.hour < 12 { "am" } else { "pm" }),
        'r' => write!(
            out,
            "{:02}:{:02}:{:02} {}",
            hour12(t),
            t.min,
            t.sec,
            if t.hour < 12 { "AM" } else { "PM" }
        ),
        'R' => write!(out, "{:02}:{:02}", t.hour, t.min),
        's' => write!(out, "{}", crate::heap::libc_ffi::mktime(t).unwrap_or(-1)),
        'S' => write!(out, "{:02}", t.sec),
        't' => write!(out, "\t"),
        'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", t.hour, t.min, t.sec),
        'u' => write!(out, "{}", t.wday + 1),
        'U' => write!(out, "{:02}", (i64::from(t.yday - 1) + 7 - c_wday(t)) / 7),
        'V' => write!(out, "{:02}", iso_week(t).1),
        'w' => write!(out, "{}", c_wday(t)),
        'W' => write!(
            out,
            "{:02}",
            (i64::from(t.yday - 1) + 7 - (c_wday(t) + 6) % 7) / 7
        ),
        'y' => write!(out, "{:02}", t.year.rem_euclid(100)),
        'Y' => write!(out, "{}", t.year),
        // glibc writes no offset for a time whose daylight saving state is unknown.
        'z' if t.isdst < 0 => Ok(()),
        'z' => {
            let sign = if t.gmtoff < 0 { '-' } else { '+' };
            let m = t.gmtoff.abs() / 60;
            write!(out, "{sign}{:02}{:02}", m / 60, m % 60)
        }
        'Z' => write!(out, "{}", t.zone),
        '%' => write!(out, "%"),
        other => write!(out, "%{other}"),
    };
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
