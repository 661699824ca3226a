//! The widget's components, one and its props per file.

pub mod blank;
pub mod bracket;
pub mod header;
pub mod heads;
pub mod match_box;
pub mod qualified;
pub mod subtree;
pub mod tie;
pub mod toolbar;
pub mod what_if;

/// How many times each component rendered, counted in debug builds only (the
/// browser tests check that a click re-renders one path of the tree);
/// release builds keep no count and `of` says 0.
pub mod renders {
    #[cfg(debug_assertions)]
    thread_local! {
        static COUNTS: std::cell::RefCell<Vec<(&'static str, u32)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }

    /// Notes one render of the component `name`.
    #[cfg_attr(not(debug_assertions), allow(unused_variables))]
    pub fn count(name: &'static str) {
        #[cfg(debug_assertions)]
        COUNTS.with(|counts| {
            let mut counts = counts.borrow_mut();
            match counts.iter_mut().find(|(known, _)| *known == name) {
                Some((_, count)) => *count += 1,
                None => counts.push((name, 1)),
            }
        });
    }

    /// Renders of the component `name` so far, in every widget of the page.
    #[cfg_attr(not(debug_assertions), allow(unused_variables))]
    pub fn of(name: &str) -> u32 {
        #[cfg(debug_assertions)]
        return COUNTS.with(|counts| {
            counts
                .borrow()
                .iter()
                .find(|(known, _)| *known == name)
                .map_or(0, |(_, count)| *count)
        });
        #[cfg(not(debug_assertions))]
        0
    }
}
