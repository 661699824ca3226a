//! One component and its props per file.

pub mod bracket;
pub mod connectors;
pub mod country_badge;
pub mod grid_cell;
pub mod match_box;
pub mod qualified;
pub mod round;
pub mod team;
pub mod tie;
