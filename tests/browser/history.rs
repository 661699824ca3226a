//! Deep links and history: a fragment opens its tie, opening a tie writes the
//! fragment, Back steps back through what was opened.

use cup_bracket::options::Options;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::support::{mount, set_fragment, settle, ConsoleCounter};

fn following_the_fragment() -> Options {
    Options {
        hash: Some(true),
        ..Options::default()
    }
}

#[wasm_bindgen_test]
async fn a_fragment_opens_its_tie_and_scrolls_its_box_into_view() {
    set_fragment("#IR_Tanger_v_AS_Kaloum");
    let widget = mount(following_the_fragment()).await;
    let button = widget.tie("AS Kaloum (Guinea) v IR Tanger");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(widget.all("button[aria-expanded='true']").len(), 1);
    let target = widget
        .shadow
        .get_element_by_id("IR_Tanger_v_AS_Kaloum")
        .expect("the box");
    let rect = target.get_bounding_client_rect();
    let height = gloo::utils::window()
        .inner_height()
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(
        rect.bottom() > 0.0 && rect.top() < height,
        "scrolled into view: {}..{}",
        rect.top(),
        rect.bottom()
    );
    widget.destroy();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn an_unknown_fragment_changes_nothing_but_one_warning() {
    set_fragment("#Nobody_v_Nowhere");
    let warnings = ConsoleCounter::new("warn");
    let widget = mount(following_the_fragment()).await;
    assert_eq!(widget.all("button[aria-expanded='true']").len(), 0);
    assert_eq!(warnings.count(), 1);
    widget.destroy();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn opening_writes_the_fragment_and_back_steps_back() {
    set_fragment("");
    let widget = mount(following_the_fragment()).await;
    let kaloum = widget.tie("AS Kaloum (Guinea) v IR Tanger");
    let vipers = widget.tie("Vipers (Uganda) v Volcan Club");
    kaloum.click();
    settle().await;
    let location = gloo::utils::window().location();
    assert_eq!(location.hash().unwrap(), "#AS_Kaloum_v_IR_Tanger");
    vipers.click();
    settle().await;
    assert_eq!(location.hash().unwrap(), "#Vipers_v_Volcan_Club");

    gloo::utils::window().history().unwrap().back().unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(location.hash().unwrap(), "#AS_Kaloum_v_IR_Tanger");
    assert_eq!(
        kaloum.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        vipers.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    gloo::utils::window().history().unwrap().forward().unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        vipers.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    widget.destroy();
    set_fragment("");
}
