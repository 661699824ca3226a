//! Deep links and history: a fragment opens its tie, opening a tie writes the
//! fragment, Back steps back through what was opened.

use cup_bracket::options::Options;
use wasm_bindgen_test::wasm_bindgen_test;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;

use crate::support::{mount, press, set_fragment, settle, ConsoleCounter};

/// The `tie-toggle` events heard so far, as `(tie, open)`.
type Heard = Rc<RefCell<Vec<(String, bool)>>>;

/// Collects the `tie-toggle` events a host element hears.
fn record_toggles(host: &web_sys::Element) -> (EventListener, Heard) {
    let heard = Rc::new(RefCell::new(Vec::new()));
    let listener = EventListener::new(host, "tie-toggle", {
        let heard = heard.clone();
        move |event| {
            let detail = event
                .dyn_ref::<web_sys::CustomEvent>()
                .map(|event| event.detail())
                .unwrap_or_default();
            let field =
                |name: &str| js_sys::Reflect::get(&detail, &name.into()).unwrap_or_default();
            heard.borrow_mut().push((
                field("tie").as_string().unwrap_or_default(),
                field("open").as_bool().unwrap_or_default(),
            ));
        }
    });
    (listener, heard)
}

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
    let (_listener, heard) = record_toggles(&widget.host);
    let kaloum = widget.tie("AS Kaloum (Guinea) v IR Tanger");
    let vipers = widget.tie("Vipers (Uganda) v Volcan Club");
    press(&kaloum).await;
    let location = gloo::utils::window().location();
    assert_eq!(location.hash().unwrap(), "#AS_Kaloum_v_IR_Tanger");
    press(&vipers).await;
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
    // The host heard every tie open, and Back closing one.
    assert_eq!(
        *heard.borrow(),
        [
            ("as-kaloum-v-ir-tanger".to_string(), true),
            ("vipers-v-volcan-club".to_string(), true),
            ("vipers-v-volcan-club".to_string(), false),
        ]
    );

    gloo::utils::window().history().unwrap().forward().unwrap();
    yew::platform::time::sleep(std::time::Duration::from_millis(100)).await;
    settle().await;
    assert_eq!(
        vipers.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        heard.borrow().len(),
        4,
        "Forward reopened one tie: {:?}",
        heard.borrow()
    );
    widget.destroy();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn a_fragment_naming_a_tie_already_open_announces_nothing_more() {
    set_fragment("#IR_Tanger_v_AS_Kaloum");
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    // Listening before the mount: the start-up opens are announced too.
    let (_listener, heard) = record_toggles(&host);
    let options = Options {
        open: Some("AS Kaloum v IR Tanger".into()),
        ..following_the_fragment()
    };
    let mut handle = cup_bracket::mount::mount_with(host.clone(), options).unwrap();
    settle().await;
    assert_eq!(
        *heard.borrow(),
        [("as-kaloum-v-ir-tanger".to_string(), true)],
        "the host's open and the fragment name one tie: one event"
    );
    handle.destroy();
    host.remove();
    set_fragment("");
}

#[wasm_bindgen_test]
async fn the_fragment_passes_to_the_next_widget_once_its_owner_is_gone() {
    set_fragment("#IR_Tanger_v_AS_Kaloum");
    let first = mount(Options::default()).await;
    assert_eq!(
        first.all("button[aria-expanded='true']").len(),
        1,
        "the first widget follows it"
    );
    let second = mount(Options::default()).await;
    assert_eq!(
        second.all("button[aria-expanded='true']").len(),
        0,
        "a second one does not"
    );
    first.destroy();
    second.destroy();
    let next = mount(Options::default()).await;
    assert_eq!(
        next.all("button[aria-expanded='true']").len(),
        1,
        "with no owner left, the next one does"
    );
    next.destroy();
    set_fragment("");
}
