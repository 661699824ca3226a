//! The bracket as a person sees and uses it, on the compiled-in data: every tie
//! drawn with the rules module's result, ties opened and closed by presses,
//! match boxes holding the article's facts, lines joining the right cards.

use cup_bracket::data::compiled_in;
use cup_bracket::options::Options;
use cup_bracket_core::generate::generate;
use cup_bracket_core::model::TieKind;
use cup_bracket_core::outcomes::outcomes;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlElement};

use crate::support::{hover, mount, press, quiet, settle, tie_name, ConsoleCounter, Mounted};

/// The middle of an element's box, from the top of the page's viewport.
fn middle(element: &Element) -> f64 {
    let rect = element.get_bounding_client_rect();
    rect.top() + rect.height() / 2.0
}

/// The middle of an element's box, from the top of its widget (a press
/// focuses the button, which may scroll the page).
fn middle_in(widget: &Mounted, element: &Element) -> f64 {
    middle(element) - widget.one(".cb-root").get_bounding_client_rect().top()
}

/// A node's card: the card element directly inside it.
fn card_of(node: &Element) -> Element {
    node.query_selector(":scope > .cb-card")
        .expect("a selector")
        .expect("every node has a card")
}

/// A pseudo-element's used height, in pixels.
fn pseudo_height(element: &Element, pseudo: &str) -> f64 {
    let style = gloo::utils::window()
        .get_computed_style_with_pseudo_elt(element, pseudo)
        .expect("a style")
        .expect("a style");
    let height = style.get_property_value("height").unwrap_or_default();
    height.trim_end_matches("px").parse().unwrap_or(f64::NAN)
}

/// The top of an element's content, where its grid's first row starts (a
/// chunk has padding: room for its first card's focus ring).
fn content_top(element: &Element) -> f64 {
    element.get_bounding_client_rect().top() + used_px(element, "padding-top")
}

/// A property's used length, in pixels (0 when it has none).
fn used_px(element: &Element, property: &str) -> f64 {
    gloo::utils::window()
        .get_computed_style(element)
        .ok()
        .flatten()
        .and_then(|style| style.get_property_value(property).ok())
        .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
        .unwrap_or(0.0)
}

/// The bottom of a node's first row, where its card sits: its feeders'
/// bottom; for an only feeder, which shares the node's rows (a subgrid, its
/// open boxes in the second), that feeder's first row; with no feeders, its
/// card's bottom and margin.
fn first_row_bottom(node: &Element) -> f64 {
    let child = |selector: &str| node.query_selector(selector).ok().flatten();
    if node.get_attribute("data-fed").as_deref() == Some("one") {
        if let Some(feeder) = child(":scope > .cb-feeders > .cb-node") {
            return first_row_bottom(&feeder);
        }
    }
    if let Some(feeders) = child(":scope > .cb-feeders") {
        return feeders.get_bounding_client_rect().bottom();
    }
    let card = card_of(node);
    card.get_bounding_client_rect().bottom() + used_px(&card, "margin-bottom")
}

/// Checks every line of the bracket: the stretch each node draws leaves its
/// card at the card's middle, and a node fed by others sits between the
/// lines of its first and last feeders (level with an only feeder's).
pub fn assert_every_line_joins_its_cards(widget: &Mounted) {
    let near = |a: f64, b: f64| (a - b).abs() <= 1.5;
    let mut checked = 0;
    for node in widget.all(".cb-node") {
        let join = node.get_attribute("data-join").unwrap_or_default();
        let card = card_of(&node);
        let card_middle = middle(&card);
        let row_bottom = first_row_bottom(&node);
        // Where this node's stretch of line leaves its card.
        let line = match join.as_str() {
            "only" | "first" => Some(row_bottom - pseudo_height(&node, "::before")),
            "last" => Some(content_top(&node) + pseudo_height(&node, "::before")),
            _ => None,
        };
        if let Some(line) = line {
            assert!(
                near(line, card_middle),
                "{join}: its line at {line} misses its card's middle {card_middle}"
            );
            checked += 1;
        }
        let feeders = node
            .query_selector_all(":scope > .cb-feeders > .cb-node")
            .expect("a selector");
        if feeders.length() > 0 {
            let feeder_middle = |index: u32| {
                let feeder: Element = feeders
                    .item(index)
                    .and_then(|node| node.dyn_into().ok())
                    .expect("a feeder");
                middle(&card_of(&feeder))
            };
            let (first, last) = (feeder_middle(0), feeder_middle(feeders.length() - 1));
            assert!(
                near(card_middle, (first + last) / 2.0),
                "{}: its card ({card_middle}) is not halfway between its feeders' ({first}, {last})",
                tie_name(&card)
            );
        }
    }
    assert!(checked > 0, "no line was checked");
}

#[wasm_bindgen_test]
async fn every_round_tie_and_bye_is_drawn_under_its_heading() {
    let errors = ConsoleCounter::new("error");
    let widget = mount(quiet()).await;
    let headings: Vec<Element> = widget.all(".cb-head h2");
    let names: Vec<String> = headings.iter().filter_map(|h| h.text_content()).collect();
    assert_eq!(
        names,
        [
            "Preliminary round",
            "First round",
            "Play-off round",
            "Group stage"
        ]
    );
    // The article: 20 preliminary ties and 12 byes, 16 first-round ties, 16 play-off ties.
    assert_eq!(widget.all("button.cb-tie").len(), 52);
    assert_eq!(widget.all(".cb-bye").len(), 12);
    assert_eq!(widget.all(".cb-qualified").len(), 16);
    // Each card stands in its round's column, under the heading.
    let left = |element: &Element| element.get_bounding_client_rect().left().round();
    let column_of = |card: &Element| {
        headings
            .iter()
            .position(|heading| (left(heading) - left(card)).abs() <= 1.0)
            .unwrap_or_else(|| panic!("{} stands under no heading", tie_name(card)))
    };
    let mut per_column = [0; 4];
    for card in widget.all(".cb-card") {
        per_column[column_of(&card)] += 1;
    }
    assert_eq!(per_column, [32, 16, 16, 16]);
    // A line from each of the 32 preliminary entries to its first-round tie, from
    // each first-round tie to its play-off tie, from each play-off tie to its qualifier.
    assert_eq!(widget.all(".cb-node[data-join]").len(), 32 + 16 + 16);
    assert_every_line_joins_its_cards(&widget);
    assert_eq!(errors.count(), 0, "no console error");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn every_displayed_result_is_the_rules_modules_outcome() {
    let competition = compiled_in().expect("the compiled-in data");
    let results = outcomes(&competition);
    let widget = mount(quiet()).await;
    assert_eq!(widget.all(".cb-tie, .cb-bye").len(), results.len());
    for (flat, result) in results.iter().enumerate() {
        let card = widget
            .shadow
            .query_selector(&format!("[id$='-tie-{flat}']"))
            .expect("a selector")
            .unwrap_or_else(|| panic!("no card for {}", result.tie));
        let label = tie_name(&card);
        assert!(
            label.ends_with(&result.summary),
            "{label} ≠ {}",
            result.summary
        );
        let texts = |selector: &str| -> Vec<String> {
            let list = card.query_selector_all(selector).expect("a selector");
            (0..list.length())
                .filter_map(|i| list.item(i)?.text_content())
                .collect()
        };
        let winner_name = result
            .winner
            .as_deref()
            .and_then(|id| competition.team(id))
            .map(|team| team.name.clone());
        assert_eq!(
            texts("[data-through] .cb-name-text"),
            winner_name.into_iter().collect::<Vec<_>>(),
            "{}",
            result.tie
        );
        let aggregates = texts(".cb-aggregate");
        let expected = match (result.decided_by.as_str(), result.aggregate) {
            ("walkover" | "bye", _) | (_, None) => vec![String::new(); aggregates.len()],
            (_, Some([first, second])) => vec![first.to_string(), second.to_string()],
        };
        assert_eq!(aggregates, expected, "{}", result.tie);
    }
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_article_marks_read_beside_the_winner() {
    let widget = mount(quiet()).await;
    let marks = |teams: &str| {
        let button = widget.tie(teams);
        let list = button.query_selector_all(".cb-mark").unwrap();
        (0..list.length())
            .map(|i| {
                list.item(i)
                    .and_then(|n| n.text_content())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
    };
    // "1–1 on aggregate. Vipers won on away goals."
    assert_eq!(marks("Vipers (Uganda) v Volcan Club"), ["a"]);
    // "1–1 on aggregate. Al-Masry won 3–0 on penalties."
    assert_eq!(marks("Ifeanyi Ubah (Nigeria) v Al-Masry"), ["(0)", "(3)"]);
    // "Al-Masry won on walkover ..."
    assert_eq!(marks("Djoliba (Mali) v Al-Masry"), ["w/o"]);
    let line_of_mark = |teams: &str| {
        let mark = widget
            .tie(teams)
            .query_selector(".cb-mark")
            .unwrap()
            .expect("a mark");
        mark.parent_element()
            .and_then(|line| line.query_selector(".cb-name-text").ok().flatten())
            .and_then(|name| name.text_content())
            .unwrap_or_default()
    };
    assert_eq!(line_of_mark("Vipers (Uganda) v Volcan Club"), "Vipers");
    assert_eq!(line_of_mark("Djoliba (Mali) v Al-Masry"), "Al-Masry");
    let bye = widget.one(".cb-bye");
    assert!(bye.text_content().unwrap_or_default().contains("Bye"));
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_press_opens_the_match_boxes_and_a_second_press_closes_them() {
    let widget = mount(quiet()).await;
    let teams = "AS Kaloum (Guinea) v IR Tanger (Morocco)";
    let button = widget.tie(teams);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(
        widget.region_of(&button).is_none(),
        "no region while closed"
    );
    assert!(!button.has_attribute("aria-controls"));

    // On a team's name, the first time: the hover and the focus that come
    // first light a path, and must not swallow the click.
    press(&widget.team_in(teams, "AS Kaloum")).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let region = widget.region_of(&button).expect("the open tie's region");
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(region.get_attribute("aria-labelledby"), Some(button.id()));
    assert_eq!(button.get_attribute("aria-controls"), Some(region.id()));
    let boxes: Vec<String> = region
        .query_selector_all(".cb-match")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
                .map(|e| e.id())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(boxes, ["AS_Kaloum_v_IR_Tanger", "IR_Tanger_v_AS_Kaloum"]);
    let text = region.text_content().unwrap_or_default();
    for fact in [
        // The first leg, as the article's Football box gives it.
        "Sat, 11 March 2017",
        "16:30 UTC+0",
        "Stade du 28 Septembre, Conakry",
        "Abubakar Ago (Nigeria)",
        // The second leg.
        "Sat, 18 March 2017",
        "17:00 UTC+0",
        "Grand Stade de Tanger, Tangier",
        "Fidel Gomes (Guinea-Bissau)",
    ] {
        assert!(text.contains(fact), "the boxes miss {fact}: {text}");
    }
    let report = region
        .query_selector("a.cb-report")
        .unwrap()
        .expect("a report link");
    assert_eq!(report.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(report.get_attribute("rel").as_deref(), Some("noopener"));
    assert!(report
        .get_attribute("href")
        .is_some_and(|href| href.starts_with("http://") || href.starts_with("https://")));

    press(&widget.team_in(teams, "IR Tanger")).await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!region.is_connected(), "the region went with the boxes");
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_first_press_on_a_team_name_opens_its_tie_after_another_is_open() {
    let widget = mount(quiet()).await;
    press(&widget.team_in("Bidvest Wits (South Africa) v Smouha", "Smouha")).await;
    let horoya = "Horoya (Guinea) v IR Tanger";
    press(&widget.team_in(horoya, "Horoya")).await;
    for teams in ["Bidvest Wits (South Africa) v Smouha", horoya] {
        assert_eq!(
            widget.tie(teams).get_attribute("aria-expanded").as_deref(),
            Some("true"),
            "{teams} opened at the first press"
        );
    }
    widget.destroy();
}

#[wasm_bindgen_test]
async fn several_ties_stay_open_and_the_lines_follow_them() {
    let widget = mount(quiet()).await;
    let first = widget.tie("Étoile du Congo (Congo) v Racing de Micomeseng");
    let second = widget.tie("Monrovia Club Breweries (Liberia) v JS Kabylie");
    let fed = widget.tie("Étoile du Congo (Congo) v JS Kabylie");
    let before = middle_in(&widget, &fed);
    press(&second).await;
    // The last feeder open: its boxes hang below it, and the tie it feeds
    // stays halfway between the two feeders, not halfway down the boxes.
    assert_every_line_joins_its_cards(&widget);
    assert!(
        (middle_in(&widget, &fed) - before).abs() <= 1.5,
        "the fed tie stayed"
    );
    press(&first).await;
    for button in [&first, &second] {
        assert_eq!(
            button.get_attribute("aria-expanded").as_deref(),
            Some("true")
        );
    }
    assert!(
        middle_in(&widget, &fed) > before + 100.0,
        "the first feeder's boxes pushed it down"
    );
    assert_every_line_joins_its_cards(&widget);
    // A first-round tie open, and a play-off tie far down: still joined.
    press(&fed).await;
    press(&widget.tie("Al-Hilal Benghazi")).await;
    assert_every_line_joins_its_cards(&widget);
    // All closed again: nothing is left moved.
    for button in widget.all("button.cb-tie[aria-expanded='true']") {
        press(&button).await;
    }
    assert!(widget.all(".cb-node[style]").is_empty(), "no shift is left");
    assert!((middle_in(&widget, &fed) - before).abs() <= 1.5);
    assert_every_line_joins_its_cards(&widget);
    widget.destroy();
}

/// An open tie fed by others has its match boxes just under its card (not
/// down at the foot of its feeders): opened after a tie that feeds it (the
/// open paths the same, its boxes new), and kept there as that one closes
/// and opens again.
#[wasm_bindgen_test]
async fn an_open_tie_fed_by_others_has_its_boxes_just_under_its_card() {
    let widget = mount(quiet()).await;
    // At most the card's margin and the boxes' own (5 and 8 px).
    let assert_just_under = |tie: &HtmlElement, when: &str| {
        let region = widget.region_of(tie).expect("open: its boxes are drawn");
        let gap = region.get_bounding_client_rect().top() - tie.get_bounding_client_rect().bottom();
        assert!(
            (-1.0..=14.0).contains(&gap),
            "{when}: {gap} px below its card"
        );
    };
    let fed = widget.tie("Étoile du Congo (Congo) v JS Kabylie");
    let feeder = widget.tie("Monrovia Club Breweries (Liberia) v JS Kabylie");
    let preliminary = widget.tie("Al-Hilal Benghazi");
    let steps: [(&[&HtmlElement], &HtmlElement, &str); 4] = [
        (&[&feeder, &fed], &fed, "opened after its feeder"),
        (&[&feeder], &fed, "its feeder closed"),
        (&[&feeder], &fed, "its feeder open again"),
        (&[&preliminary], &preliminary, "a preliminary tie"),
    ];
    for (presses, tie, when) in steps {
        for button in presses {
            press(button).await;
        }
        settle().await;
        assert_just_under(tie, when);
    }
    assert_just_under(&fed, "another path open");
    assert_every_line_joins_its_cards(&widget);
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_big_bracket_is_joined_and_in_its_columns_from_the_stylesheet_alone() {
    let competition = generate(256, 1).expect("a generated competition");
    let widget = mount(Options {
        data: Some(competition),
        hash: Some(false),
        ..Options::default()
    })
    .await;
    assert_eq!(widget.all("button.cb-tie").len(), 255);
    let headings = widget.all(".cb-head");
    assert_eq!(headings.len(), 8 + 1);
    let left = |element: &Element| element.get_bounding_client_rect().left();
    let heading_lefts: Vec<f64> = headings.iter().map(left).collect();
    for card in widget.all(".cb-card") {
        assert!(
            heading_lefts.iter().any(|x| (x - left(&card)).abs() <= 1.0),
            "a card between columns"
        );
    }
    // Nothing measured or moved: the lines come from the stylesheet.
    assert!(widget.all(".cb-node[style]").is_empty());
    assert_every_line_joins_its_cards(&widget);
    widget.destroy();
}

#[wasm_bindgen_test]
async fn a_cancelled_leg_says_so_and_why() {
    let widget = mount(quiet()).await;
    let button = widget.tie("Djoliba (Mali) v Al-Masry");
    press(&button).await;
    let region = widget.region_of(&button).expect("open");
    let cancelled = region
        .query_selector("[data-status='cancelled']")
        .unwrap()
        .expect("the cancelled leg");
    let text = cancelled.text_content().unwrap_or_default();
    assert!(text.contains("Cancelled"), "{text}");
    assert!(
        text.to_lowercase().contains("mali"),
        "the note says why: {text}"
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn the_shoot_out_kicks_of_platinum_stars_v_as_tanda_are_shown() {
    let competition = compiled_in().expect("the compiled-in data");
    let widget = mount(quiet()).await;
    let button = widget.tie("AS Tanda (Ivory Coast) v Platinum Stars");
    press(&button).await;
    let region = widget.region_of(&button).expect("open");
    let kicks = region.query_selector_all(".cb-kick").unwrap().length();
    let in_data = competition
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .flat_map(|tie| &tie.legs)
        .find(|leg| leg.id == "Platinum Stars v AS Tanda")
        .map(|leg| leg.shootout.len())
        .unwrap_or_default();
    // The article lists AS Tanda's six kicks: four scored, two missed.
    assert_eq!((kicks, in_data), (6, 6));
    assert_eq!(
        region
            .query_selector_all(".cb-kick[data-kick='missed']")
            .unwrap()
            .length(),
        2
    );
    let text = region.text_content().unwrap_or_default();
    assert!(text.contains("5–4 on penalties"), "{text}");
    widget.destroy();
}

/// The ids of the ties `team` plays in, byes included.
fn ties_with(team: &str) -> Vec<String> {
    compiled_in()
        .expect("the compiled-in data")
        .rounds
        .iter()
        .flat_map(|round| &round.ties)
        .filter(|tie| match tie.kind() {
            Some(TieKind::Contest(teams)) => teams.iter().any(|t| t.as_deref() == Some(team)),
            Some(TieKind::Bye(id)) => id == team,
            None => false,
        })
        .map(|tie| tie.id.clone())
        .collect()
}

/// A team's first line in the bracket.
fn line_of(widget: &Mounted, name: &str) -> Element {
    widget
        .all(".cb-team")
        .into_iter()
        .find(|line| line.text_content().unwrap_or_default().contains(name))
        .expect("the team's first line")
}

#[wasm_bindgen_test]
async fn hovering_a_team_lights_its_path_through_the_rounds() {
    let widget = mount(quiet()).await;
    hover(&line_of(&widget, "JS Kabylie")).await;
    // JS Kabylie won the preliminary and first rounds, then lost to TP Mazembe.
    assert_eq!(widget.all(".cb-card[data-on-path]").len(), 3);
    assert_eq!(widget.all(".cb-node[data-out-lit]").len(), 2);
    assert_eq!(widget.all(".cb-node[data-in-lit]").len(), 2);
    assert_eq!(
        widget.all(".cb-team[data-lit]").len(),
        ties_with("js-kabylie").len()
    );
    // The lines it went along are drawn in the lit colour.
    let lit = widget.one(".cb-node[data-out-lit]");
    let colour = |element: &Element, pseudo: &str| {
        gloo::utils::window()
            .get_computed_style_with_pseudo_elt(element, pseudo)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("border-top-color").ok())
            .unwrap_or_default()
    };
    let unlit = widget
        .all(".cb-node[data-join='first']:not([data-out-lit])")
        .into_iter()
        .next()
        .expect("an unlit line");
    assert_ne!(colour(&lit, "::before"), colour(&unlit, "::before"));
    widget.destroy();
}

/// Renders of the components a press or a hover could re-render.
fn renders() -> [u32; 7] {
    use cup_bracket::components::renders::of;
    [
        "App",
        "Bracket",
        "Header",
        "Subtree",
        "TieCard",
        "QualifiedCard",
        "MatchBox",
    ]
    .map(of)
}

/// The renders since `before`, by component, in `renders`' order.
fn since(before: [u32; 7]) -> [u32; 7] {
    let now = renders();
    std::array::from_fn(|index| now[index] - before[index])
}

/// A DOM change: the node changed, and the attribute, if one was.
type Change = (web_sys::Node, Option<String>);

/// Watches every DOM change in the widget (a MutationObserver over its shadow
/// root), through `Reflect`, as the widget's web-sys features lack it.
struct Mutations {
    observer: js_sys::Object,
    seen: std::rc::Rc<std::cell::RefCell<Vec<Change>>>,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

/// The nodes that mutation records changed, and the attribute changed.
fn targets_of(records: &js_sys::Array) -> Vec<Change> {
    records
        .iter()
        .map(|record| {
            let get = |name: &str| js_sys::Reflect::get(&record, &name.into()).unwrap();
            (
                get("target").dyn_into().unwrap(),
                get("attributeName").as_string(),
            )
        })
        .collect()
}

impl Mutations {
    fn watch(root: &web_sys::Node) -> Self {
        use js_sys::{Array, Function, Object, Reflect};
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let callback = {
            let seen = seen.clone();
            wasm_bindgen::closure::Closure::<dyn FnMut(Array)>::new(move |records: Array| {
                seen.borrow_mut().extend(targets_of(&records))
            })
        };
        let class: Function = Reflect::get(&js_sys::global(), &"MutationObserver".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        let observer: Object =
            Reflect::construct(&class, &Array::of1(callback.as_ref().unchecked_ref()))
                .unwrap()
                .dyn_into()
                .unwrap();
        let options = Object::new();
        for flag in ["childList", "subtree", "attributes", "characterData"] {
            Reflect::set(&options, &flag.into(), &true.into()).unwrap();
        }
        let observe: Function = Reflect::get(&observer, &"observe".into())
            .unwrap()
            .dyn_into()
            .unwrap();
        observe.call2(&observer, root, &options).unwrap();
        Mutations {
            observer,
            seen,
            _callback: callback,
        }
    }

    /// The changes so far; stops watching.
    fn targets(self) -> Vec<Change> {
        use js_sys::{Array, Function, Reflect};
        let method = |name: &str| -> Function {
            Reflect::get(&self.observer, &name.into())
                .unwrap()
                .dyn_into()
                .unwrap()
        };
        let pending: Array = method("takeRecords")
            .call0(&self.observer)
            .unwrap()
            .dyn_into()
            .unwrap();
        method("disconnect").call0(&self.observer).unwrap();
        let mut targets = self.seen.take();
        targets.extend(targets_of(&pending));
        targets
    }
}

/// The nodes from a tie's node up to its root, as the path a change renders.
fn path_up(node: &Element) -> Vec<Element> {
    let mut path = Vec::new();
    let mut at = Some(node.clone());
    while let Some(current) = at {
        if current.class_list().contains("cb-node") {
            path.push(current.clone());
        }
        at = current.parent_element();
    }
    path
}

#[wasm_bindgen_test]
async fn opening_a_tie_re_renders_its_path_only_and_changes_nothing_else() {
    let widget = mount(quiet()).await;
    let button = widget.tie("AS Kaloum (Guinea) v IR Tanger");
    button.focus().expect("focused");
    settle().await;
    let node = button.parent_element().expect("the tie's node");
    let path = path_up(&node);
    // The first-round tie, its play-off tie and the qualified team.
    assert_eq!(path.len(), 3);
    for (action, boxes) in [("opening", 2), ("closing", 0)] {
        let before = renders();
        let mutations = Mutations::watch(&widget.shadow);
        button.click();
        settle().await;
        // App, Bracket, Header, Subtree, TieCard, QualifiedCard, MatchBox
        // (each box twice: again once the reader's own time is known).
        assert_eq!(
            since(before),
            [1, 1, 0, path.len() as u32, 1, 0, 2 * boxes],
            "{action} the tie re-rendered more than the way to it"
        );
        let targets = mutations.targets();
        assert!(!targets.is_empty(), "{action} the tie changed the DOM");
        // Outside the tie's node, only the nodes it leads to move (their style).
        let outside: Vec<String> = targets
            .iter()
            .filter(|(target, attribute)| {
                let moved = attribute.as_deref() == Some("style")
                    && path.iter().any(|up| up.is_same_node(Some(target)));
                !node.contains(Some(target)) && !moved
            })
            .map(|(target, attribute)| format!("{} {attribute:?}", target.node_name()))
            .collect();
        assert!(
            outside.is_empty(),
            "{action} the tie changed the DOM outside its path: {outside:?}"
        );
    }
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    widget.destroy();
}

#[wasm_bindgen_test]
async fn hovering_a_team_re_renders_only_the_cards_of_its_ties_and_their_paths() {
    let widget = mount(quiet()).await;
    let before = renders();
    hover(&line_of(&widget, "JS Kabylie")).await;
    let kabylie = ties_with("js-kabylie");
    assert_eq!(kabylie.len(), 3);
    let changed = since(before);
    // App and Bracket; the three cards, and no qualified card (they lost).
    assert_eq!(
        [changed[0], changed[1], changed[2], changed[4], changed[5], changed[6]],
        [1, 1, 0, 3, 0, 0]
    );
    // Their paths: the preliminary tie, the first-round tie, the play-off
    // tie and its qualified node, one subtree each.
    assert_eq!(changed[3], 4);
    // From one team to another: the cards of both, no others; the lines'
    // classes change on the nodes of their paths only.
    let before = renders();
    hover(&line_of(&widget, "IR Tanger")).await;
    let tanger = ties_with("ir-tanger");
    let both = kabylie.len() + tanger.len();
    assert_eq!(since(before)[4], both as u32);
    assert_eq!(widget.all(".cb-team[data-lit]").len(), tanger.len());
    widget.destroy();
}
