//! A kick-off in the reader's own time zone, from the browser's clock rules,
//! and the `Intl` formats that write dates and times.

/// "Sat, 17:30 CET" for "2017-03-11T16:30:00+00:00", in the reader's zone
/// and in `lang`; `None` outside a browser or for a time the browser cannot read.
#[cfg(target_arch = "wasm32")]
pub fn in_reader_zone(iso: &str, lang: crate::i18n::Lang) -> Option<String> {
    use wasm_bindgen::JsValue;
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    let format = intl_format(
        "kick-off",
        lang,
        &[
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("timeZoneName", "short"),
            ("weekday", "short"),
        ],
    )?;
    format.format().call1(&format, &date).ok()?.as_string()
}

/// Outside a browser there is no reader's zone.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_reader_zone(_iso: &str, _lang: crate::i18n::Lang) -> Option<String> {
    None
}

/// The `Intl.DateTimeFormat` called `name` in `lang`, with `options`: made
/// once a page, as making one costs far more than using it (a few
/// milliseconds the first time, on every tie opened).
#[cfg(target_arch = "wasm32")]
pub fn intl_format(
    name: &'static str,
    lang: crate::i18n::Lang,
    options: &[(&str, &str)],
) -> Option<js_sys::Intl::DateTimeFormat> {
    use std::cell::RefCell;
    use wasm_bindgen::JsValue;
    type Made = Vec<(
        (&'static str, crate::i18n::Lang),
        js_sys::Intl::DateTimeFormat,
    )>;
    thread_local! { static MADE: RefCell<Made> = const { RefCell::new(Vec::new()) }; }
    if let Some(format) = MADE.with(|made| {
        made.borrow()
            .iter()
            .find(|(key, _)| *key == (name, lang))
            .map(|(_, format)| format.clone())
    }) {
        return Some(format);
    }
    let settings = js_sys::Object::new();
    for (key, value) in options {
        js_sys::Reflect::set(&settings, &(*key).into(), &(*value).into()).ok()?;
    }
    let locales = js_sys::Array::of1(&JsValue::from_str(crate::i18n::text(lang).locale));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &settings);
    MADE.with(|made| made.borrow_mut().push(((name, lang), format.clone())));
    Some(format)
}
