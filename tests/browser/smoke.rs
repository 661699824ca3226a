//! Smoke test: the runner really drives a browser with a DOM.

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn the_browser_draws_an_element() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a browser window with a document");
    let body = document.body().expect("the document has a body");
    let element = document.create_element("p").expect("a <p> element");
    element.set_id("xtask-smoke");
    element.set_text_content(Some("Hello from the browser"));
    body.append_child(&element).expect("the <p> joins the body");

    let found = document
        .get_element_by_id("xtask-smoke")
        .expect("the <p> is found by its id");
    assert_eq!(
        found.text_content().as_deref(),
        Some("Hello from the browser")
    );
    assert_eq!(found.tag_name(), "P");
    element.remove();
}
