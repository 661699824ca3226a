//! What markup rendered at build time was rendered from, so that the browser
//! hydrates it only with the very same props: Yew's hydration takes the first
//! render's nodes as they are and stops the module at the first element that
//! differs, so a page whose markup came from other data or options is drawn
//! afresh instead.

use crate::config::WidgetConfig;
use crate::view_model::Model;

/// The class of the element that holds a widget's markup in its shadow root.
pub const CONTAINER_CLASS: &str = "cb-host";

/// The widget's source, fingerprinted by build.rs: markup that other code
/// rendered may differ in shape.
const SOURCE: &str = env!("CUP_BRACKET_SOURCE");

/// The key of a widget's markup: the code that rendered it, the
/// competition's fingerprint and the options that shape the markup (the
/// language, theme, rounds, the tie open, the day, the replay control).
pub fn key(model: &Model, config: &WidgetConfig) -> String {
    let rounds = config.rounds.as_deref().unwrap_or_default().join(",");
    let day = config.as_of.map(|day| day.to_string()).unwrap_or_default();
    format!(
        "{SOURCE} {:016x} {} {} {rounds} {day} {} {}",
        fingerprint(model),
        config.lang.code(),
        config.theme.as_str(),
        config.replay,
        config.open.as_deref().unwrap_or_default()
    )
}

/// FNV-1a over what the widget shows: the competition's name, stage and
/// dates, each round's id, name and dates, and each card's lines and name
/// (its teams, every leg's score and the tie's summary). The same on every
/// platform, unlike `Hash` (whose `usize` differs between wasm32 and 64 bits).
pub fn fingerprint(model: &Model) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |text: &str| {
        for byte in text.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let info = &model.competition.competition;
    eat(&info.name);
    for text in [&info.stage, &info.dates, &info.next_stage] {
        eat(text.as_deref().unwrap_or_default());
    }
    for round in &model.competition.rounds {
        eat(&round.id);
        eat(&round.name);
        eat(round.dates.as_deref().unwrap_or_default());
    }
    for card in &model.facts {
        eat(&card.name);
        for line in &card.lines {
            eat(&line.id);
            eat(&line.name);
            eat(&line.country);
            for goals in &line.legs {
                eat(goals);
            }
            eat(&line.aggregate);
            eat(&line.mark);
            eat(line.entered.as_deref().unwrap_or_default());
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Theme;
    use crate::data::compiled_in;
    use cup_bracket_core::model::Lang;

    fn config() -> WidgetConfig {
        WidgetConfig {
            id_prefix: "cbp1".into(),
            hash: true,
            open: None,
            rounds: None,
            theme: Theme::Auto,
            as_of: None,
            replay: false,
            lang: Lang::En,
            rows_in_view: None,
        }
    }

    #[test]
    fn the_key_changes_with_the_data_and_the_options_that_shape_the_markup() {
        let model = Model::new(compiled_in().expect("the compiled-in data"), Lang::En);
        let key = key(&model, &config());
        assert_eq!(
            key,
            super::key(
                &Model::new(compiled_in().expect("data"), Lang::En),
                &config()
            )
        );
        // Not with the id prefix or the fragment: they do not change the markup's shape.
        let other_id = WidgetConfig {
            id_prefix: "cb7".into(),
            hash: false,
            ..config()
        };
        assert_eq!(super::key(&model, &other_id), key);
        let dark = WidgetConfig {
            theme: Theme::Dark,
            ..config()
        };
        assert_ne!(super::key(&model, &dark), key);
        let open = WidgetConfig {
            open: Some("IR Tanger v AS Kaloum".into()),
            ..config()
        };
        assert_ne!(super::key(&model, &open), key);
        // One goal more in one leg is another competition.
        let mut changed = compiled_in().expect("data");
        let leg = &mut changed.rounds[0].ties[0].legs[0];
        leg.score = leg.score.map(|[home, away]| [home + 1, away]);
        assert_ne!(super::key(&Model::new(changed, Lang::En), &config()), key);
    }
}
