//! The host's updates to a live widget: the handle's `update(data)` (and the
//! element's `data` property) hand a new, validated competition to the
//! widget's state, which the root listens for once drawn.

use std::cell::RefCell;
use std::rc::Rc;

use cup_bracket_core::model::Competition;
use yew::Callback;

/// Where a widget's root receives its updates; the handle keeps a copy.
#[derive(Clone, Debug, Default)]
pub struct Updates(Rc<RefCell<Inbox>>);

/// The root's callback once it listens; an update sent before, kept for it.
#[derive(Debug, Default)]
struct Inbox {
    receive: Option<Callback<Rc<Competition>>>,
    waiting: Option<Rc<Competition>>,
}

impl PartialEq for Updates {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Updates {
    /// The root listens (once drawn), and gets the update sent before, if any.
    pub fn listen(&self, receive: Callback<Rc<Competition>>) {
        let waiting = {
            let mut inbox = self.0.borrow_mut();
            inbox.receive = Some(receive.clone());
            inbox.waiting.take()
        };
        if let Some(competition) = waiting {
            receive.emit(competition);
        }
    }

    /// Hands `competition` to the root, or keeps it until the root listens.
    pub fn send(&self, competition: Rc<Competition>) {
        let receive = {
            let mut inbox = self.0.borrow_mut();
            match inbox.receive.clone() {
                Some(receive) => Some(receive),
                None => {
                    inbox.waiting = Some(competition.clone());
                    None
                }
            }
        };
        if let Some(receive) = receive {
            receive.emit(competition);
        }
    }
}
