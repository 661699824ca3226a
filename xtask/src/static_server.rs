//! A tiny static file server on 127.0.0.1 for the tests of the built pages:
//! serves a folder, adds the response headers a test asks for (such as a
//! Content-Security-Policy), can serve extra files from memory (a test copy
//! of a page, a probe script) and put a script first in the `<head>` of every
//! page it serves (the console recorder), and keeps the paths it could not
//! serve (a failed load is an error the tests report). std::net only; one
//! thread a connection.

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Write},
    net::{Shutdown, TcpListener, TcpStream},
    path::{Component, Path, PathBuf},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    thread::{self, JoinHandle},
};

use crate::util::Result;

/// What the server serves, shared with its threads.
struct Site {
    root: PathBuf,
    headers: Vec<(String, String)>,
    extra: HashMap<String, Vec<u8>>,
    /// Scripts put first in every page's `<head>`, by their paths.
    head_scripts: Vec<String>,
    /// The paths of the requests answered 404, in order.
    not_found: Mutex<Vec<String>>,
}

/// A running server; dropping it stops it.
pub struct StaticServer {
    port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    site: Arc<Site>,
}

/// Builds a [`StaticServer`].
pub struct ServerBuilder {
    site: Site,
}

impl ServerBuilder {
    /// Adds a header to every response.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.site.headers.push((name.into(), value.into()));
        self
    }

    /// Serves `body` at `path` (such as `/probe.js`), before looking in the folder.
    pub fn file(mut self, path: &str, body: impl Into<Vec<u8>>) -> Self {
        self.site.extra.insert(path.into(), body.into());
        self
    }

    /// Serves `body` at `path` and puts `<script src="{path}"></script>` first
    /// in the `<head>` of every HTML page served (from the folder or memory).
    pub fn head_script(mut self, path: &str, body: impl Into<Vec<u8>>) -> Self {
        self.site.head_scripts.push(path.into());
        self.file(path, body)
    }

    /// Starts serving on a free port of 127.0.0.1.
    pub fn start(self) -> Result<StaticServer> {
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        let port = listener.local_addr()?.port();
        let stop = Arc::new(AtomicBool::new(false));
        let site = Arc::new(self.site);
        let thread = {
            let site = site.clone();
            let stop = stop.clone();
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let site = site.clone();
                    thread::spawn(move || {
                        // A browser that hangs up early is not our failure.
                        let _ = respond(&site, stream);
                    });
                }
            })
        };
        Ok(StaticServer {
            port,
            stop,
            thread: Some(thread),
            site,
        })
    }
}

impl StaticServer {
    /// A server of the files under `root`.
    pub fn serve(root: &Path) -> ServerBuilder {
        ServerBuilder {
            site: Site {
                root: root.to_path_buf(),
                headers: Vec::new(),
                extra: HashMap::new(),
                head_scripts: Vec::new(),
                not_found: Mutex::new(Vec::new()),
            },
        }
    }

    /// The URL of `path` (starting with `/`) on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The paths answered 404 since the last call.
    pub fn take_not_found(&self) -> Vec<String> {
        self.site
            .not_found
            .lock()
            .map(|mut paths| std::mem::take(&mut *paths))
            .unwrap_or_default()
    }
}

/// `html` with a `<script src>` for each of `scripts` just after its `<head>`
/// tag (or at its start, if it has none).
fn with_head_scripts(html: &[u8], scripts: &[String]) -> Vec<u8> {
    let tags: String = scripts
        .iter()
        .map(|src| format!("<script src=\"{src}\"></script>"))
        .collect();
    let lower = html.to_ascii_lowercase();
    let after_head = lower
        .windows(5)
        .enumerate()
        .find(|(index, window)| {
            *window == b"<head" && matches!(lower.get(index + 5), Some(b'>' | b' ' | b'\n' | b'\t'))
        })
        .and_then(|(index, _)| {
            lower[index..]
                .iter()
                .position(|&b| b == b'>')
                .map(|end| index + end + 1)
        })
        .unwrap_or(0);
    let mut out = Vec::with_capacity(html.len() + tags.len());
    out.extend_from_slice(&html[..after_head]);
    out.extend_from_slice(tags.as_bytes());
    out.extend_from_slice(&html[after_head..]);
    out
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The Content-Type of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The request's path without query or fragment, `%XX` decoded; `None` if it
/// tries to leave the root.
fn clean_path(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (byte, hex) {
            (b'%', Some(value)) => {
                decoded.push(value);
                index += 3;
            }
            _ => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    let path = String::from_utf8(decoded).ok()?;
    let escapes = Path::new(&path)
        .components()
        .any(|part| matches!(part, Component::ParentDir));
    (!escapes).then_some(path)
}

fn respond(site: &Site, mut stream: TcpStream) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers are read and ignored.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    let found = match (method, clean_path(target)) {
        ("GET" | "HEAD", Some(path)) => {
            let path = if path.ends_with('/') {
                format!("{path}index.html")
            } else {
                path
            };
            match site.extra.get(&path) {
                Some(body) => Some((path, body.clone())),
                None => std::fs::read(site.root.join(path.trim_start_matches('/')))
                    .ok()
                    .map(|body| (path, body)),
            }
        }
        _ => None,
    };
    let (status, kind, body) = match found {
        Some((path, body)) => {
            let kind = content_type(&path);
            let body = if kind.starts_with("text/html") && !site.head_scripts.is_empty() {
                with_head_scripts(&body, &site.head_scripts)
            } else {
                body
            };
            ("200 OK", kind, body)
        }
        None => {
            if let Ok(mut paths) = site.not_found.lock() {
                paths.push(target.to_string());
            }
            (
                "404 Not Found",
                "text/plain; charset=utf-8",
                b"not found".to_vec(),
            )
        }
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in &site.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()?;
    let _ = stream.shutdown(Shutdown::Both);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn paths_are_decoded_and_kept_inside_the_root() {
        assert_eq!(
            clean_path("/a%20b.html?x=1#y").as_deref(),
            Some("/a b.html")
        );
        assert_eq!(clean_path("/../etc/passwd"), None);
        assert_eq!(clean_path("/x/%2e%2e/%2e%2e/y"), None);
        assert_eq!(content_type("/cup-bracket_bg.wasm"), "application/wasm");
    }

    #[test]
    fn puts_head_scripts_first_in_the_head() {
        let scripts = ["/a.js".to_string()];
        let page = with_head_scripts(b"<!doctype html><HEAD lang=x><title>t</title>", &scripts);
        assert_eq!(
            String::from_utf8_lossy(&page),
            "<!doctype html><HEAD lang=x><script src=\"/a.js\"></script><title>t</title>"
        );
        let header = with_head_scripts(b"<header><head>", &scripts);
        assert_eq!(
            String::from_utf8_lossy(&header),
            "<header><head><script src=\"/a.js\"></script>"
        );
        let bare = with_head_scripts(b"<p>x</p>", &scripts);
        assert_eq!(
            String::from_utf8_lossy(&bare),
            "<script src=\"/a.js\"></script><p>x</p>"
        );
    }

    #[test]
    fn serves_files_extra_files_and_headers() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("xtask-static-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        std::fs::write(dir.join("index.html"), "<p>hello</p>")?;
        let server = StaticServer::serve(&dir)
            .header("Content-Security-Policy", "default-src 'self'")
            .file("/probe.js", "1;")
            .start()?;
        let get = |path: &str| -> Result<String> {
            let mut stream = TcpStream::connect(("127.0.0.1", server.port))?;
            write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n")?;
            let mut text = String::new();
            stream.read_to_string(&mut text)?;
            Ok(text)
        };
        let page = get("/")?;
        assert!(page.starts_with("HTTP/1.1 200 OK"));
        assert!(page.contains("Content-Security-Policy: default-src 'self'"));
        assert!(page.ends_with("<p>hello</p>"));
        assert!(get("/probe.js")?.ends_with("1;"));
        assert!(get("/missing.js")?.starts_with("HTTP/1.1 404"));
        assert_eq!(server.take_not_found(), vec!["/missing.js".to_string()]);
        assert!(server.take_not_found().is_empty());
        drop(server);
        std::fs::remove_dir_all(&dir)?;
        Ok(())
    }
}
