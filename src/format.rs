//! Dates, kick-off times and numbers as the match boxes show them.

/// "2017-03-11" → "Sat 11 March 2017"; anything else is shown as written.
pub fn long_date(iso: &str) -> String {
    let Some((year, month, day)) = parse_date(iso) else {
        return iso.to_string();
    };
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
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    let month_name = MONTHS.get(month as usize - 1).copied().unwrap_or_default();
    let weekday = DAYS
        .get(weekday(year, month, day))
        .copied()
        .unwrap_or_default();
    format!("{weekday} {day} {month_name} {year}")
}

fn parse_date(iso: &str) -> Option<(i32, u32, u32)> {
    let mut parts = iso.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    // Four-digit years only: the weekday's arithmetic then cannot overflow.
    let plausible =
        (1..=9999).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    plausible.then_some((year, month, day))
}

/// Day of the week, 0 for Sunday (Sakamoto's method).
fn weekday(year: i32, month: u32, day: u32) -> usize {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let year = if month < 3 { year - 1 } else { year };
    let t = T.get(month as usize - 1).copied().unwrap_or_default();
    (year + year / 4 - year / 100 + year / 400 + t + day as i32).rem_euclid(7) as usize
}

/// "+01:00" → "UTC+1", "+00:00" → "UTC+0", "-03:30" → "UTC−3:30".
pub fn utc_label(offset: &str) -> String {
    let (sign, rest) = match offset.split_at_checked(1) {
        Some(("+", rest)) => ("+", rest),
        Some(("-", rest)) => ("−", rest),
        _ => return format!("UTC{offset}"),
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "00"));
    let hours = hours.trim_start_matches('0');
    let hours = if hours.is_empty() { "0" } else { hours };
    if minutes == "00" {
        format!("UTC{sign}{hours}")
    } else {
        format!("UTC{sign}{hours}:{minutes}")
    }
}

/// 7000 → "7,000".
pub fn thousands(number: u32) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A match id as the element id a page links to: spaces as underscores.
pub fn fragment_id(match_id: &str) -> String {
    match_id.replace(' ', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_the_article_prints_them() {
        // 11 March 2017 was a Saturday; 19 February 2017 a Sunday.
        assert_eq!(long_date("2017-03-11"), "Sat 11 March 2017");
        assert_eq!(long_date("2017-02-19"), "Sun 19 February 2017");
        assert_eq!(long_date("2024-02-29"), "Thu 29 February 2024");
        assert_eq!(long_date("spring"), "spring");
        assert_eq!(long_date("2017-13-01"), "2017-13-01");
        // A host's data may hold any date: it is shown as written, never a panic.
        assert_eq!(long_date("2147483000-03-01"), "2147483000-03-01");
        assert_eq!(long_date("-5-03-01"), "-5-03-01");
    }

    #[test]
    fn offsets_and_numbers() {
        assert_eq!(utc_label("+00:00"), "UTC+0");
        assert_eq!(utc_label("+02:00"), "UTC+2");
        assert_eq!(utc_label("-03:30"), "UTC−3:30");
        assert_eq!(thousands(7000), "7,000");
        assert_eq!(thousands(45_000_000), "45,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(
            fragment_id("IR Tanger v AS Kaloum"),
            "IR_Tanger_v_AS_Kaloum"
        );
    }
}
