//! The project's own short notes, keyed by the `name=` of the article's
//! `{{refn}}` footnotes. The article's footnote text is never copied: it only
//! tells the importer which of these notes belongs where.

/// Our wording for one footnote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Note {
    /// The footnote's `name=` in the article.
    pub key: &'static str,
    /// The note shown under each match box that carries the footnote (and
    /// under the cancelled leg of a walkover).
    pub text: &'static str,
    /// For a walkover's footnote: why the tie was awarded.
    pub walkover_reason: Option<&'static str>,
}

/// Every footnote of the 2017 article we have a note for.
pub const NOTES: &[Note] = &[
    Note {
        key: "Libya",
        text: "Played in Egypt: Libyan clubs could not host matches at home for security reasons.",
        walkover_reason: None,
    },
    Note {
        key: "Mali",
        text: "Not played: FIFA suspended the Malian federation on 17 March 2017.",
        walkover_reason: Some("FIFA suspended the Malian federation on 17 March 2017, so the Malian club could not play the second leg."),
    },
    Note {
        key: "RSLAF",
        text: "Not played: RSLAF withdrew before the second leg.",
        walkover_reason: Some("RSLAF withdrew before the second leg."),
    },
    Note {
        key: "ZESCO United v Enugu Rangers",
        text: "Kick-off moved from 15:00 to 17:35 after Enugu Rangers' travel problems.",
        walkover_reason: None,
    },
    Note {
        key: "Rail Club du Kadiogo v CS Sfaxien",
        text: "Behind closed doors: a CAF sanction for incidents at Rail Club du Kadiogo's Champions League match with USM Alger on 18 March 2017.",
        walkover_reason: None,
    },
    Note {
        key: "Rwanda",
        text: "Put back a week at the Rwandan federation's request, for the genocide commemoration of 7–14 April.",
        walkover_reason: None,
    },
];

/// Our note for the footnote named `key`, if we have one.
pub fn note(key: &str) -> Option<&'static Note> {
    NOTES.iter().find(|note| note.key == key)
}
