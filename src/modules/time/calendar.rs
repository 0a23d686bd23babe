//! UTC broken-down time from seconds since the epoch (`time.gmtime`), by the
//! days-to-civil-date arithmetic of the proleptic Gregorian calendar.

use crate::heap::libc_ffi::BrokenDownTime;

/// Year, month (1..=12) and day of the days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i32, i32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as i32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as i32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Day of the year (1..=366) of a date.
fn day_of_year(year: i64, month: i32, day: i32) -> i32 {
    const BEFORE: [i32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let leap = i32::from(month > 2 && is_leap(year));
    BEFORE[(month - 1).clamp(0, 11) as usize] + day + leap
}

/// `gmtime(secs)`; None for years beyond what C's `struct tm` holds.
pub fn gmtime(secs: i64) -> Option<BrokenDownTime> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as i32;
    let (year, mon, mday) = civil_from_days(days);
    if i32::try_from(year - 1900).is_err() {
        return None;
    }
    Some(BrokenDownTime {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem / 60 % 60,
        sec: rem % 60,
        // glibc names the zone of gmtime_r "GMT"; 1970-01-01 was a Thursday (3 when Monday is 0).
        wday: (days + 3).rem_euclid(7) as i32,
        yday: day_of_year(year, mon, mday),
        isdst: 0,
        gmtoff: 0,
        zone: "GMT".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        let t = gmtime(1_700_000_000).unwrap();
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.min, t.sec),
            (2023, 11, 14, 22, 13, 20)
        );
        assert_eq!((t.wday, t.yday), (1, 318));
        let t = gmtime(-1).unwrap();
        assert_eq!(
            (t.year, t.mon, t.mday, t.hour, t.wday, t.yday),
            (1969, 12, 31, 23, 2, 365)
        );
    }
}
