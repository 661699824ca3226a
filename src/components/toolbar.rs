//! Above the bracket: the match-day control, which replays the competition
//! day by day (the `replay` option), and the control that takes every
//! what-if back. Absent when there is nothing to show.

use std::rc::Rc;

use cup_bracket_core::as_of::Day;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::renders;
use crate::format::long_date;
use crate::i18n::{text, Lang};

/// The toolbar's props.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ToolbarProps {
    /// Prefix of this widget's element ids.
    pub id_prefix: AttrValue,
    /// The competition's match days, in order; the control is shown when
    /// there are some.
    pub days: Rc<[Day]>,
    /// The day shown; the whole record when `None`.
    pub as_of: Option<Day>,
    /// How many what-ifs are tried.
    pub what_ifs: usize,
    /// Shows another day, or the whole record.
    pub on_as_of: Callback<Option<Day>>,
    /// Takes every what-if back.
    pub on_clear: Callback<()>,
    /// The language the widget writes in.
    pub lang: Lang,
}

/// The match-day control and the what-ifs' clear control.
#[function_component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    renders::count("Toolbar");
    // The clear control goes once pressed: the focus moves to the slider.
    let slider = use_node_ref();
    let days = props.days.clone();
    if days.is_empty() && props.what_ifs == 0 {
        return Html::default();
    }
    // Position on the slider: each day in order, then the whole record.
    let last = days.len();
    let position = props
        .as_of
        .and_then(|day| days.iter().position(|&known| known == day))
        .unwrap_or(last);
    let day_at = {
        let days = days.clone();
        move |position: usize| days.get(position).copied()
    };
    let words = text(props.lang);
    let label = match day_at(position) {
        Some(day) => (words.as_of)(&long_date(&day.to_string(), props.lang)),
        None => words.every_result.to_string(),
    };
    let go = |to: usize| {
        let (on_as_of, day_at) = (props.on_as_of.clone(), day_at.clone());
        Callback::from(move |_: MouseEvent| on_as_of.emit(day_at(to)))
    };
    let on_slide = {
        let (on_as_of, day_at) = (props.on_as_of.clone(), day_at.clone());
        Callback::from(move |event: InputEvent| {
            let input = event
                .target()
                .and_then(|target| target.dyn_into::<HtmlInputElement>().ok());
            if let Some(to) = input.and_then(|input| input.value().parse::<usize>().ok()) {
                on_as_of.emit(day_at(to));
            }
        })
    };
    let on_clear = {
        let (on_clear, slider) = (props.on_clear.clone(), slider.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(slider) = slider.cast::<HtmlInputElement>() {
                let _ = slider.focus();
            }
            on_clear.emit(())
        })
    };
    let title = format!("{}-replay", props.id_prefix);
    // Earlier days lie to the right in a right-to-left language.
    let (back, forward) = if props.lang.is_rtl() {
        ("›", "‹")
    } else {
        ("‹", "›")
    };
    html! {
        <div class="cb-toolbar">
            if !days.is_empty() {
                <div class="cb-replay" role="group" aria-labelledby={title.clone()}>
                    <span class="cb-replay-title" id={title.clone()}>{ words.match_day }</span>
                    <button type="button" class="cb-step" aria-label={words.day_before}
                            disabled={position == 0} onclick={go(position.saturating_sub(1))}>{ back }</button>
                    <input type="range" class="cb-replay-slider" min="0" max={last.to_string()}
                           step="1" value={position.to_string()} aria-labelledby={title}
                           aria-valuetext={label.clone()} oninput={on_slide} ref={slider} />
                    <button type="button" class="cb-step" aria-label={words.day_after}
                            disabled={position == last} onclick={go(position + 1)}>{ forward }</button>
                    <output class="cb-replay-day">{ label }</output>
                </div>
            }
            if props.what_ifs > 0 {
                <button type="button" class="cb-clear-what-ifs" onclick={on_clear}>
                    { (words.clear_what_ifs)(props.what_ifs) }
                </button>
            }
        </div>
    }
}
