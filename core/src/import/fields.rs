//! Small value parsers shared by the template readers: scores, dates, times,
//! venues, referees, slugs.

use super::wikitext::Template;

/// "3–1" (en dash, or a hyphen) as `[3, 1]`.
pub fn score(text: &str) -> Option<[u8; 2]> {
    let (a, b) = text
        .trim()
        .split_once('–')
        .or_else(|| text.trim().split_once('-'))?;
    Some([number(a)?, number(b)?])
}

/// A small whole number written in digits.
pub fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    let text = text.trim();
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// `{{Start date|2017|3|11|df=y}}` as "2017-03-11".
pub fn start_date(template: &Template) -> Option<String> {
    let year: u16 = number(&template.positional_text(1))?;
    let month: u8 = number(&template.positional_text(2))?;
    let day: u8 = number(&template.positional_text(3))?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// `{{UTZ|16:30|0}}` as the local kick-off "16:30" and the offset "+00:00".
pub fn utz(template: &Template) -> Option<(String, String)> {
    let time = template.positional_text(1);
    let (h, m) = time.split_once(':')?;
    let (h, m): (u8, u8) = (number(h)?, number(m)?);
    if h > 23 || m > 59 {
        return None;
    }
    Some((
        format!("{h:02}:{m:02}"),
        utc_offset(&template.positional_text(2))?,
    ))
}

/// An offset in hours as the UTZ template writes it ("0", "2", "-1", "+3", "5.5", "5:30") as "+05:30".
pub fn utc_offset(text: &str) -> Option<String> {
    let text = text.trim();
    let (sign, digits) = match text.strip_prefix('-').or_else(|| text.strip_prefix('−')) {
        Some(rest) => ('-', rest),
        None => ('+', text.strip_prefix('+').unwrap_or(text)),
    };
    let (hours, minutes): (u8, u8) = if let Some((h, m)) = digits.split_once(':') {
        (number(h)?, number(m)?)
    } else if let Some((h, frac)) = digits.split_once('.') {
        let minutes = match frac {
            "5" => 30,
            "75" => 45,
            "25" => 15,
            _ => return None,
        };
        (number(h)?, minutes)
    } else {
        (number(digits)?, 0)
    };
    if hours > 14 || minutes > 59 {
        return None;
    }
    Some(format!("{sign}{hours:02}:{minutes:02}"))
}

/// "Al-Salam Stadium, Cairo (Egypt)" as venue "Al-Salam Stadium" and city "Cairo, Egypt".
///
/// The split is at the last comma; a bracketed qualifier after the city (the
/// country of a match played abroad) becomes ", Country". Without a comma the
/// whole text is the venue.
pub fn venue_city(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim();
    if text.is_empty() {
        return (None, None);
    }
    let Some((venue, city)) = text.rsplit_once(',') else {
        return (Some(text.to_string()), None);
    };
    let city = city.trim();
    let city = match city.strip_suffix(')').and_then(|c| c.split_once(" (")) {
        Some((town, country)) => format!("{}, {}", town.trim(), country.trim()),
        None => city.to_string(),
    };
    let venue = venue.trim();
    (
        (!venue.is_empty()).then(|| venue.to_string()),
        (!city.is_empty()).then_some(city),
    )
}

/// "Abubakar Ago (Nigeria)" as the name and the country.
pub fn name_country(text: &str) -> Option<(String, Option<String>)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((name, country)) if !name.trim().is_empty() => Some((
            name.trim().to_string(),
            Some(country.trim().to_string()).filter(|c| !c.is_empty()),
        )),
        _ => Some((text.to_string(), None)),
    }
}

/// "7,000" as 7000.
pub fn attendance(text: &str) -> Option<u32> {
    number(&text.replace([',', ' ', '\u{a0}'], ""))
}

/// The lowercase slug of a name, accents stripped: "Étoile du Congo" → "etoile-du-congo".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in name.chars() {
        let base = fold(c);
        for b in base.chars() {
            if b.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(b.to_ascii_lowercase());
            } else {
                dash = true;
            }
        }
    }
    out
}

/// A Latin letter without its accent ("é" → "e", "ß" → "ss"); other characters unchanged.
fn fold(c: char) -> String {
    let s = match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "A",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' | 'Ć' | 'Č' => "C",
        'ç' | 'ć' | 'č' => "c",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ě' => "E",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => "e",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "I",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'Ñ' | 'Ń' => "N",
        'ñ' | 'ń' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => "O",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Š' | 'Ś' => "S",
        'š' | 'ś' => "s",
        'ß' => "ss",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "U",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'Ý' | 'Ÿ' => "Y",
        'ý' | 'ÿ' => "y",
        'Ž' | 'Ź' | 'Ż' => "Z",
        'ž' | 'ź' | 'ż' => "z",
        _ => return c.to_string(),
    };
    s.to_string()
}
