//! One team's line in a tie: country badge, name, each leg's goals, the
//! aggregate and how the tie was won.
//!
//! Not a component: escaped HTML that the tie's card hands the browser in one
//! piece. Built element by element, a line costs some thirty calls from wasm
//! into the DOM, each with its strings, and a thousand-tie bracket has two
//! thousand lines; the HTML parser builds them in one call.

use std::fmt::Write;

use cup_bracket_core::html::escape;

use crate::countries::country_name;
use crate::scoreline::{entered_badge, Line};

/// Appends a team's line to `html`: `lit` when this team's path is
/// highlighted. Its `data-team` is what hovering it highlights (the bracket
/// listens for that, once for every line).
pub fn team_line(html: &mut String, line: &Line, lit: bool) {
    html.push_str("<span class=\"cb-team");
    if line.through {
        html.push_str(" cb-through");
    }
    if lit {
        html.push_str(" cb-lit");
    }
    // The tie's name says all this in words; the grid of numbers is for the eye.
    let _ = write!(
        html,
        "\" data-team=\"{}\" aria-hidden=\"true\">",
        escape(&line.id)
    );
    line_content(html, line);
    html.push_str("</span>");
}

/// Appends the country badge: "MAR" in a badge, read as "Morocco" (the tie
/// cards' lines, the match boxes and the qualified column).
pub fn badge(html: &mut String, country: &str) {
    let code = escape(country);
    match country_name(country) {
        Some(country) => {
            let country = escape(country);
            let _ = write!(
                html,
                "<span class=\"cb-badge\" title=\"{country}\" aria-hidden=\"true\">{code}</span>\
                 <span class=\"cb-visually-hidden\">({country})</span>"
            );
        }
        None => {
            let _ = write!(html, "<span class=\"cb-badge\">{code}</span>");
        }
    }
}

/// The line's content: the country badge, the name, the goals, the aggregate
/// and the mark, every text escaped.
fn line_content(html: &mut String, line: &Line) {
    badge(html, &line.country);
    let name = escape(&line.name);
    let _ = write!(
        html,
        "<span class=\"cb-name\"><span class=\"cb-name-text\" title=\"{name}\">{name}</span>"
    );
    if let Some(entered) = &line.entered {
        let badge = entered_badge(entered);
        let badge = escape(&badge);
        let entered = escape(entered);
        let _ = write!(
            html,
            "<span class=\"cb-entered\" title=\"{entered}\">{badge}</span>"
        );
    }
    html.push_str("</span>");
    for goals in &line.legs {
        let _ = write!(html, "<span class=\"cb-goals\">{}</span>", escape(goals));
    }
    let _ = write!(
        html,
        "<span class=\"cb-aggregate\">{}</span><span class=\"cb-mark\">{}</span>",
        escape(&line.aggregate),
        escape(&line.mark)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_escaped() {
        let line = Line {
            id: "x".into(),
            name: "A&B <\"C\">".into(),
            country: "MAR".into(),
            legs: vec!["1".into(), "<".into()],
            aggregate: "'".into(),
            mark: String::new(),
            entered: Some("Champions \"League\"".into()),
            through: true,
        };
        let mut html = String::new();
        team_line(&mut html, &line, true);
        assert!(
            html.contains(
                "title=\"A&amp;B &lt;&quot;C&quot;&gt;\">A&amp;B &lt;&quot;C&quot;&gt;</span>"
            ),
            "{html}"
        );
        assert!(
            html.contains("title=\"Champions &quot;League&quot;\">CL"),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"cb-goals\">&lt;</span>"),
            "{html}"
        );
        assert!(
            html.contains("<span class=\"cb-aggregate\">&#39;</span>"),
            "{html}"
        );
        assert!(html.starts_with("<span class=\"cb-team cb-through cb-lit\" data-team=\"x\" aria-hidden=\"true\"><span class=\"cb-badge\" title=\"Morocco\" aria-hidden=\"true\">MAR</span><span class=\"cb-visually-hidden\">(Morocco)</span>"), "{html}");
        assert!(html.ends_with("</span></span>"), "{html}");
        assert!(!html.contains('\n'));
    }
}
