//! Which texts of a competition may become links: `http:` and `https:` URLs
//! only, so that no `javascript:` or `data:` address ever reaches an `href`.

/// Whether `text` is an absolute `http:` or `https:` URL with a host: the only
/// kind of address the validator accepts for a link and the widget draws.
pub fn is_web_url(text: &str) -> bool {
    let lower_scheme = |scheme: &str| {
        text.get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
    };
    let rest = if lower_scheme("https://") {
        &text[8..]
    } else if lower_scheme("http://") {
        &text[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && !text
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"'))
}

#[cfg(test)]
mod tests {
    use super::is_web_url;

    #[test]
    fn only_web_addresses_with_a_host_are_links() {
        for good in [
            "https://www.cafonline.com/match/1",
            "http://example.com",
            "HTTPS://EXAMPLE.COM/a?b=c#d",
        ] {
            assert!(is_web_url(good), "{good}");
        }
        for bad in [
            "javascript:alert(document.domain)",
            "JavaScript:alert(1)",
            " https://example.com",
            "data:text/html,<b>x</b>",
            "https://",
            "https:///path",
            "//example.com",
            "example.com",
            "https://exa mple.com",
            "https://example.com/\u{0}",
            "https://example.com/\"onmouseover=\"x",
            "",
            "ftp://example.com",
        ] {
            assert!(!is_web_url(bad), "{bad:?}");
        }
    }
}
