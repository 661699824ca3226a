//! The widget in French and Arabic: every word it writes itself in that
//! language (no phrase of the English catalogue left, in the text or the
//! accessible names, every tie open, a day replayed and a what-if tried),
//! names and sentences from the data in it, dates through `Intl`, the
//! `tie-toggle` summary in it with its ids unchanged, the language taken
//! from the nearest ancestor by default, and Arabic laid out right to left:
//! the preliminary round on the right, each line from a card's left edge to
//! the card it feeds.

use cup_bracket::data::compiled_in;
use cup_bracket::i18n::{messages, text, Lang};
use cup_bracket::options::Options;
use cup_bracket_core::outcomes::outcomes_in;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::Element;

use crate::support::{mount, mount_in, press, tie_name, Mounted};
use crate::widget::assert_every_line_joins_its_cards;

/// A widget in `lang` that leaves the fragment alone.
fn in_lang(lang: Lang) -> Options {
    Options {
        hash: Some(false),
        lang: Some(lang),
        ..Options::default()
    }
}

/// Every text the widget shows or says: its text nodes, and the names and
/// titles of its elements.
fn everything_said(widget: &Mounted) -> Vec<String> {
    let walker = gloo::utils::document()
        .create_tree_walker_with_what_to_show(&widget.shadow, 0x4)
        .expect("a walker");
    let mut said = Vec::new();
    while let Ok(Some(node)) = walker.next_node() {
        // The tests' own copy of the stylesheet is no text of the widget's.
        let styled = node
            .parent_element()
            .is_some_and(|parent| parent.tag_name() == "STYLE");
        if !styled {
            said.extend(node.text_content());
        }
    }
    for element in widget.all("*") {
        for attribute in ["aria-label", "title", "aria-valuetext"] {
            said.extend(element.get_attribute(attribute));
        }
    }
    said
}

/// The English catalogue's phrases worth looking for (four letters or more,
/// the placeholders cut out), less those the data itself writes in English
/// (match notes, walkover reasons, where teams entered from), which the
/// format has no translations of.
fn english_phrases() -> Vec<String> {
    let data = serde_json::to_string(&compiled_in().expect("the data")).expect("JSON");
    let mut phrases: Vec<String> = messages(text(Lang::En))
        .iter()
        .flat_map(|message| {
            message
                .split(['X', 'Y', '2', '4', '3'])
                .map(|part| part.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .filter(|part| part != "Match" && !data.contains(part.as_str()))
        .collect();
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The widget in `lang` with every tie open, then as of 12 March 2017 with
/// a what-if tried: every text it can write, checked for English phrases.
async fn assert_no_english_in(lang: Lang) {
    let phrases = english_phrases();
    assert!(phrases.len() > 40, "{phrases:?}");
    let look = |widget: &Mounted, when: &str| {
        let said = everything_said(widget);
        for phrase in &phrases {
            let found: Vec<&String> = said
                .iter()
                .filter(|text| text.contains(phrase.as_str()))
                .collect();
            assert!(found.is_empty(), "{lang} {when}: \"{phrase}\" in {found:?}");
        }
    };
    // Every tie open: every match box, scorer, shoot-out and note.
    let widget = mount(in_lang(lang)).await;
    for button in widget.all("button.cb-tie") {
        press(&button).await;
    }
    assert_eq!(widget.all(".cb-match").len(), 104);
    look(&widget, "with every tie open");
    widget.destroy();
    // A day replayed, what each needs, a what-if tried.
    let widget = mount(Options {
        as_of: Some("2017-03-12".into()),
        replay: Some(true),
        open: Some("AS Kaloum v IR Tanger".into()),
        ..in_lang(lang)
    })
    .await;
    assert_eq!(widget.all(".cb-needs").len(), 1);
    let more = widget
        .all(".cb-what-if .cb-step")
        .into_iter()
        .nth(1)
        .expect("the host's + button");
    press(&more).await;
    press(&more).await;
    assert!(!widget.all("[data-hypothetical]").is_empty());
    assert_eq!(widget.all(".cb-clear-what-ifs").len(), 1);
    look(&widget, "as of 12 March with a what-if");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_french_widget_writes_no_english() {
    assert_no_english_in(Lang::Fr).await;
}

#[wasm_bindgen_test]
async fn the_arabic_widget_writes_no_english() {
    assert_no_english_in(Lang::Ar).await;
}

#[wasm_bindgen_test]
async fn names_sentences_and_dates_are_in_the_widget_s_language() {
    let competition = compiled_in().expect("the data");
    for (lang, first_leg, dir) in [
        (Lang::Fr, "sam. 11 mars 2017", "ltr"),
        (Lang::Ar, "السبت، 11 مارس 2017", "rtl"),
    ] {
        let widget = mount(in_lang(lang)).await;
        let root = widget.one(".cb-root");
        assert_eq!(root.get_attribute("lang").as_deref(), Some(lang.code()));
        assert_eq!(root.get_attribute("dir").as_deref(), Some(dir));
        assert_eq!(
            widget.one(".cb-title").text_content().as_deref(),
            Some(competition.competition.name_in(lang))
        );
        let headings: Vec<String> = widget
            .all(".cb-head h2")
            .iter()
            .filter_map(|heading| heading.text_content())
            .collect();
        let rounds: Vec<&str> = competition
            .rounds
            .iter()
            .map(|round| round.name_in(lang))
            .collect();
        assert_eq!(headings[..3], rounds[..]);
        // Each card's sentence ends with the rules' summary in this language.
        let summaries = outcomes_in(&competition, lang);
        let kaloum = widget
            .all("button.cb-tie")
            .into_iter()
            .find(|button| tie_name(button).starts_with("AS Kaloum"))
            .expect("AS Kaloum v IR Tanger");
        let summary = &summaries
            .iter()
            .find(|result| result.tie == "as-kaloum-v-ir-tanger")
            .expect("the tie")
            .summary;
        assert!(
            tie_name(&kaloum).ends_with(summary.as_str()),
            "{}",
            tie_name(&kaloum)
        );
        // Dates as the browser writes them in this language.
        press(&kaloum).await;
        let date = widget
            .one(".cb-match .cb-date")
            .text_content()
            .unwrap_or_default();
        assert_eq!(date, first_leg);
        widget.destroy();
    }
}

#[wasm_bindgen_test]
async fn the_tie_toggle_summary_follows_the_language_and_its_ids_do_not() {
    use std::cell::RefCell;
    use std::rc::Rc;
    let competition = compiled_in().expect("the data");
    let widget = mount(in_lang(Lang::Fr)).await;
    let seen = Rc::new(RefCell::new(Vec::new()));
    let _listener = {
        let seen = seen.clone();
        gloo::events::EventListener::new(&widget.host, "tie-toggle", move |event| {
            let detail = event
                .dyn_ref::<web_sys::CustomEvent>()
                .map(web_sys::CustomEvent::detail)
                .unwrap_or(wasm_bindgen::JsValue::NULL);
            let get = |key: &str| {
                js_sys::Reflect::get(&detail, &key.into())
                    .ok()
                    .and_then(|value| value.as_string())
                    .unwrap_or_default()
            };
            seen.borrow_mut()
                .push([get("tie"), get("decided_by"), get("summary")]);
        })
    };
    press(&widget.tie("AS Kaloum (Guinée) – IR Tanger (Maroc)")).await;
    let english = outcomes_in(&competition, Lang::En);
    let french = outcomes_in(&competition, Lang::Fr);
    let index = english
        .iter()
        .position(|result| result.tie == "as-kaloum-v-ir-tanger")
        .expect("the tie");
    let seen = seen.borrow();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0][0], "as-kaloum-v-ir-tanger");
    assert_eq!(seen[0][1], "aggregate");
    assert_eq!(seen[0][2], french[index].summary);
    assert_ne!(seen[0][2], english[index].summary);
    widget.destroy();
}

#[wasm_bindgen_test]
async fn without_the_option_the_nearest_lang_decides() {
    let document = gloo::utils::document();
    for (lang, option, heading) in [
        ("fr-CA", None, "Tour préliminaire"),
        ("ar", None, "الدور التمهيدي"),
        // A language the widget does not write: English.
        ("de", None, "Preliminary round"),
        // The option wins.
        ("ar", Some(Lang::Fr), "Tour préliminaire"),
    ] {
        let around = document.create_element("section").expect("a section");
        around.set_attribute("lang", lang).expect("set");
        let inner = document.create_element("div").expect("a div");
        around.append_child(&inner).expect("appended");
        document
            .body()
            .expect("a body")
            .append_child(&around)
            .expect("appended");
        let widget = mount_in(
            &inner,
            Options {
                hash: Some(false),
                lang: option,
                ..Options::default()
            },
        )
        .await;
        let first = widget.one(".cb-head h2").text_content().unwrap_or_default();
        assert_eq!(first, heading, "lang=\"{lang}\", option {option:?}");
        widget.destroy();
        around.remove();
    }
}

#[wasm_bindgen_test]
async fn arabic_runs_right_to_left_and_its_lines_join_the_right_cards() {
    let widget = mount(in_lang(Lang::Ar)).await;
    let heads = widget.all(".cb-head");
    assert_eq!(heads.len(), 4);
    // Each round's column to the left of the round before it.
    for pair in heads.windows(2) {
        let (earlier, later) = (
            pair[0].get_bounding_client_rect(),
            pair[1].get_bounding_client_rect(),
        );
        assert!(
            later.right() <= earlier.left() + 0.5,
            "{:?} should stand left of {:?}",
            pair[1].text_content(),
            pair[0].text_content()
        );
    }
    // Each card in its round's column.
    let columns: Vec<f64> = heads
        .iter()
        .map(|head| head.get_bounding_client_rect().right())
        .collect();
    for card in widget.all(".cb-card") {
        let right = card.get_bounding_client_rect().right();
        assert!(
            columns.iter().any(|column| (column - right).abs() <= 1.0),
            "{} stands under no heading",
            tie_name(&card)
        );
    }
    // A fed card lies left of its feeders, the same gap from each: the line
    // leaves each feeder's left edge (its node's last column) for it.
    let mut gaps = Vec::new();
    for node in widget.all(".cb-node") {
        let card = node
            .query_selector(":scope > .cb-card")
            .ok()
            .flatten()
            .expect("a card");
        let feeders = node
            .query_selector_all(":scope > .cb-feeders > .cb-node")
            .expect("a selector");
        for index in 0..feeders.length() {
            let feeder: Element = feeders
                .item(index)
                .and_then(|n| n.dyn_into().ok())
                .expect("a node");
            let feeder_card = feeder
                .query_selector(":scope > .cb-card")
                .ok()
                .flatten()
                .expect("a card");
            let gap = feeder_card.get_bounding_client_rect().left()
                - card.get_bounding_client_rect().right();
            // The feeder's own box ends where its line does: half the gap.
            let line = feeder_card.get_bounding_client_rect().left()
                - feeder.get_bounding_client_rect().left();
            assert!(
                (line - gap / 2.0).abs() <= 1.5,
                "{}: line {line}, gap {gap}",
                tie_name(&feeder_card)
            );
            gaps.push(gap);
        }
    }
    assert_eq!(gaps.len(), 32 + 16 + 16);
    assert!(
        gaps.iter()
            .all(|gap| *gap > 20.0 && (gap - gaps[0]).abs() <= 1.0),
        "{gaps:?}"
    );
    // And vertically, as in every language.
    assert_every_line_joins_its_cards(&widget);
    widget.destroy();
}
