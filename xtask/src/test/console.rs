//! The browser's console, read through the page, the same way in every browser.
//!
//! The test server ([`serve`]) puts `console.js` first in the `<head>` of
//! every page, before the widget's loader: it records console calls, uncaught
//! errors, unhandled rejections, failed loads and Content-Security-Policy
//! violations (`securitypolicyviolation` events) into the page's
//! sessionStorage. [`take`] reads and clears them, and adds the requests the
//! server answered 404 (a failed load, whoever made it).

use std::path::Path;

use serde_json::json;

use crate::{
    static_server::{ServerBuilder, StaticServer},
    util::Result,
    webdriver::Session,
};

/// Where the recorder is served.
const RECORDER_PATH: &str = "/xtask-console.js";

/// The recorder, put first in every page the test server serves.
const RECORDER: &str = include_str!("console.js");

/// A static server of `dir` whose pages record their console.
pub fn serve(dir: &Path) -> ServerBuilder {
    StaticServer::serve(dir).head_script(RECORDER_PATH, RECORDER)
}

/// One thing the page's console showed.
#[derive(Clone, Debug)]
pub struct LogEntry {
    /// `error`, `warn`, `log` or `info`.
    pub level: String,
    /// `console` (a console call), `uncaught`, `load` (a failed load) or `csp`.
    pub kind: String,
    /// The text.
    pub message: String,
}

/// Everything recorded since the last call: the page's console (in the
/// current page's origin, across reloads) and the server's 404s.
pub fn take(session: &Session, server: &StaticServer) -> Result<Vec<LogEntry>> {
    let taken = session.execute(
        "const recorder = window.__xtaskConsole;
         return recorder ? recorder.take() : null;",
        json!([]),
    )?;
    if taken.is_null() {
        return Err(format!(
            "the console recorder is not in the page ({}): serve pages with console::serve",
            session.browser()
        )
        .into());
    }
    let mut entries: Vec<LogEntry> = taken["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|entry| {
            let field = |name: &str| entry[name].as_str().unwrap_or("").to_string();
            LogEntry {
                level: field("level"),
                kind: field("kind"),
                message: format!("{} (on {})", field("message"), field("page")),
            }
        })
        .collect();
    let lost = taken["lost"].as_u64().unwrap_or(0);
    if lost > 0 {
        entries.push(LogEntry {
            level: "error".into(),
            kind: "console".into(),
            message: format!("{lost} console entries could not be recorded"),
        });
    }
    entries.extend(server.take_not_found().into_iter().map(|path| LogEntry {
        level: "error".into(),
        kind: "load".into(),
        message: format!("Failed to load resource: {path} (404 Not Found)"),
    }));
    Ok(entries)
}

/// Content-Security-Policy violations.
pub fn violations(log: &[LogEntry]) -> Vec<&LogEntry> {
    log.iter().filter(|entry| entry.kind == "csp").collect()
}

/// Errors: console.error calls, uncaught errors, failed loads, violations.
pub fn errors(log: &[LogEntry]) -> Vec<&LogEntry> {
    log.iter().filter(|entry| entry.level == "error").collect()
}

/// Uncaught errors and unhandled rejections.
pub fn uncaught(log: &[LogEntry]) -> Vec<&LogEntry> {
    log.iter()
        .filter(|entry| entry.kind == "uncaught")
        .collect()
}

/// Entries as lines for a failure message.
pub fn shown(entries: &[&LogEntry]) -> String {
    entries
        .iter()
        .map(|entry| format!("[{} {}] {}", entry.level, entry.kind, entry.message))
        .collect::<Vec<_>>()
        .join("\n      ")
}
