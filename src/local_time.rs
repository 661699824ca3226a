//! A kick-off in the reader's own time zone, from the browser's clock rules.

/// "Sat, 17:30 CET" for "2017-03-11T16:30:00+00:00", in the reader's zone
/// and in `lang`; `None` outside a browser or for a time the browser cannot read.
#[cfg(target_arch = "wasm32")]
pub fn in_reader_zone(iso: &str, lang: crate::i18n::Lang) -> Option<String> {
    use wasm_bindgen::JsValue;
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return None;
    }
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| js_sys::Reflect::set(&options, &key.into(), &value.into());
    set("hour", "2-digit").ok()?;
    set("minute", "2-digit").ok()?;
    set("timeZoneName", "short").ok()?;
    set("weekday", "short").ok()?;
    let text = date.to_locale_string(crate::i18n::text(lang).locale, &options);
    text.as_string()
}

/// Outside a browser there is no reader's zone.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_reader_zone(_iso: &str, _lang: crate::i18n::Lang) -> Option<String> {
    None
}
