//! The pure core of cup-bracket: the competition model, its validator, the
//! rules that decide a tie and the sentence that sums it up. No UI dependency:
//! the command-line tool, the build script, the importer and the widget all
//! decide ties with this one crate.

pub mod as_of;
pub mod derived;
pub mod generate;
pub mod html;
pub mod ids;
pub mod lang;
pub mod links;
pub mod model;
pub mod needs;
pub mod outcomes;
pub mod places;
pub mod rules;
pub mod summary;
pub mod validate;
pub mod what_if;

#[cfg(feature = "cli")]
pub mod import;
#[cfg(feature = "cli")]
pub mod json;
