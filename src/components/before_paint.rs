//! Work that must be done before the browser first paints a component.
//!
//! Yew runs effects after rendering, but when rendering takes longer than a
//! frame (a bracket of a thousand ties) it yields to the browser first, which
//! then paints cells not yet on their rows and a grid without its row count,
//! and lays everything out a second time once the effects have run. A
//! microtask queued during the first render runs once Yew has put the whole
//! tree in the DOM (Yew 0.23 yields only when no render is pending) and
//! before the browser renders.

use std::cell::RefCell;

use yew::prelude::*;

/// Where the work of one component stands.
enum Stage<T> {
    /// Not queued yet: the first render is under way.
    First,
    /// Queued, to run before the paint.
    Queued,
    /// Done: what it returned, kept while the component lives.
    Done(T),
    /// The component is gone: queued work does not run.
    Gone,
}

/// Runs `work` once, after the first render is in the DOM and before the
/// browser paints it; keeps what it returns while the component lives, and
/// drops it when the component goes (listeners, observers).
#[hook]
pub fn use_before_first_paint<T, F>(work: F)
where
    T: 'static,
    F: FnOnce() -> T + 'static,
{
    let stage = use_memo((), |_| RefCell::new(Stage::<T>::First));
    if matches!(*stage.borrow(), Stage::First) {
        stage.replace(Stage::Queued);
        let stage = stage.clone();
        yew::platform::spawn_local(async move {
            if matches!(*stage.borrow(), Stage::Queued) {
                let done = work();
                stage.replace(Stage::Done(done));
            }
        });
    }
    use_effect_with((), move |_| move || drop(stage.replace(Stage::Gone)));
}
