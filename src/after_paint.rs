//! Work put off until the browser has painted what is drawn now: the ties out
//! of view wait for the ties in view to show.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;

/// Calls `then` once the next frame is painted: a task queued from that
/// frame's animation callbacks runs after the frame. In a hidden page,
/// which runs no frames, at once (in a task of its own). Dropping it calls
/// nothing.
pub struct AfterPaint {
    _frame: Option<AnimationFrame>,
    _task: Rc<RefCell<Option<Timeout>>>,
}

impl AfterPaint {
    /// Puts `then` off until the next frame is painted.
    pub fn new(then: impl FnOnce() + 'static) -> Self {
        let task = Rc::new(RefCell::new(None));
        let hidden = gloo::utils::document().hidden();
        let frame = if hidden {
            *task.borrow_mut() = Some(Timeout::new(0, then));
            None
        } else {
            let queued = Rc::downgrade(&task);
            Some(request_animation_frame(move |_| {
                if let Some(queued) = queued.upgrade() {
                    *queued.borrow_mut() = Some(Timeout::new(0, then));
                }
            }))
        };
        AfterPaint {
            _frame: frame,
            _task: task,
        }
    }
}
