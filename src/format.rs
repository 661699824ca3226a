//! Dates, kick-off times and numbers as the match boxes show them.

use crate::i18n::{text, Lang};

/// "2017-03-11" → "Sat, 11 March 2017" in `lang` (the browser's `Intl`, as
/// the reader's browser writes dates in that language); anything else is
/// shown as written.
pub fn long_date(iso: &str, lang: Lang) -> String {
    let Some((year, month, day)) = parse_date(iso) else {
        return iso.to_string();
    };
    intl_date(year, month, day, lang).unwrap_or_else(|| table_date(year, month, day, lang))
}

/// The date as `Intl.DateTimeFormat` writes it in `lang`, in a browser.
#[cfg(target_arch = "wasm32")]
fn intl_date(year: i32, month: u32, day: u32, lang: Lang) -> Option<String> {
    use wasm_bindgen::JsValue;
    let format = crate::local_time::intl_format(
        "date",
        lang,
        &[
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
            ("timeZone", "UTC"),
        ],
    )?;
    let time = js_sys::Date::utc(f64::from(year), f64::from(month - 1))
        + f64::from(day - 1) * 86_400_000.0;
    let date = js_sys::Date::new(&JsValue::from_f64(time));
    format.format().call1(&format, &date).ok()?.as_string()
}

/// Natively (the pages rendered at build time) there is no `Intl`.
#[cfg(not(target_arch = "wasm32"))]
fn intl_date(_year: i32, _month: u32, _day: u32, _lang: Lang) -> Option<String> {
    None
}

/// The date from the catalogue's tables: what `Intl` writes for these
/// languages, where it is not at hand.
fn table_date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    let words = text(lang);
    let month_name = words
        .months
        .get(month as usize - 1)
        .copied()
        .unwrap_or_default();
    let weekday = words
        .weekdays
        .get(weekday(year, month, day))
        .copied()
        .unwrap_or_default();
    (words.date)(weekday, day, month_name, year)
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

/// 7000 → "7,000" (in French "7 000", a narrow no-break space between).
pub fn thousands(number: u32, lang: Lang) -> String {
    let separator = text(lang).thousands;
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push_str(separator);
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
        // As Intl writes them (en-GB, fr-FR, ar-u-nu-latn).
        assert_eq!(long_date("2017-03-11", Lang::En), "Sat, 11 March 2017");
        assert_eq!(long_date("2017-02-19", Lang::En), "Sun, 19 February 2017");
        assert_eq!(long_date("2024-02-29", Lang::En), "Thu, 29 February 2024");
        assert_eq!(long_date("2017-03-11", Lang::Fr), "sam. 11 mars 2017");
        assert_eq!(long_date("2017-03-11", Lang::Ar), "السبت، 11 مارس 2017");
        assert_eq!(long_date("spring", Lang::En), "spring");
        assert_eq!(long_date("2017-13-01", Lang::Fr), "2017-13-01");
        // A host's data may hold any date: it is shown as written, never a panic.
        assert_eq!(long_date("2147483000-03-01", Lang::En), "2147483000-03-01");
        assert_eq!(long_date("-5-03-01", Lang::Ar), "-5-03-01");
    }

    #[test]
    fn offsets_and_numbers() {
        assert_eq!(utc_label("+00:00"), "UTC+0");
        assert_eq!(utc_label("+02:00"), "UTC+2");
        assert_eq!(utc_label("-03:30"), "UTC−3:30");
        assert_eq!(thousands(7000, Lang::En), "7,000");
        assert_eq!(thousands(45_000_000, Lang::En), "45,000,000");
        assert_eq!(thousands(7000, Lang::Fr), "7\u{202f}000");
        assert_eq!(thousands(999, Lang::Ar), "999");
        assert_eq!(
            fragment_id("IR Tanger v AS Kaloum"),
            "IR_Tanger_v_AS_Kaloum"
        );
    }
}
