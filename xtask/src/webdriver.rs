//! A minimal W3C WebDriver client for the tests of the built pages: starts
//! chromedriver, opens a headless Chromium session, navigates, runs scripts,
//! presses keys, resizes the window, sends DevTools commands, reads the
//! browser's console log and takes screenshots. HTTP/1.1 over std::net, JSON
//! with serde_json.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    process::{Child, Command, Stdio},
    thread,
    time::{Duration, Instant},
};

use serde_json::{json, Value};

use crate::util::Result;

/// Chromium's flags for tests: headless, and quiet on the network.
pub const CHROME_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
];

/// WebDriver's code points for the keys the keyboard tests press.
pub mod keys {
    /// The Tab key.
    pub const TAB: &str = "\u{E004}";
    /// The Enter key.
    pub const ENTER: &str = "\u{E007}";
    /// The space bar.
    pub const SPACE: &str = "\u{E00D}";
}

/// A running chromedriver; dropping it ends it.
pub struct Driver {
    port: u16,
    child: Child,
}

impl Driver {
    /// Starts `chromedriver` on a free port and waits until it is ready.
    pub fn start(chromedriver: &str) -> Result<Driver> {
        let port = TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|error| format!("cannot start {chromedriver}: {error}"))?;
        let driver = Driver { port, child };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = request(port, "GET", "/status", None)
                .ok()
                .and_then(|status| status["value"]["ready"].as_bool());
            if ready == Some(true) {
                return Ok(driver);
            }
            if Instant::now() > deadline {
                return Err(format!("{chromedriver} did not get ready in 30 s").into());
            }
            thread::sleep(Duration::from_millis(100));
        }
    }

    /// Opens a headless Chromium session of `width`×`height` that keeps its console log.
    pub fn session(&self, width: u32, height: u32) -> Result<Session> {
        let mut args: Vec<String> = CHROME_ARGS.iter().map(|arg| arg.to_string()).collect();
        args.push(format!("--window-size={width},{height}"));
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": { "args": args },
                "goog:loggingPrefs": { "browser": "ALL" },
            } }
        });
        let answer = request(self.port, "POST", "/session", Some(&capabilities))?;
        let id = answer["value"]["sessionId"]
            .as_str()
            .ok_or_else(|| format!("chromedriver opened no session: {answer}"))?
            .to_string();
        Ok(Session {
            port: self.port,
            id,
        })
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One browser session; dropping it closes the browser.
pub struct Session {
    port: u16,
    id: String,
}

/// One line of the browser's console log.
#[derive(Clone, Debug)]
pub struct LogEntry {
    /// `SEVERE`, `WARNING`, `INFO`, …
    pub level: String,
    /// The text, with its source.
    pub message: String,
}

impl Session {
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
        let answer = request(
            self.port,
            method,
            &format!("/session/{}{path}", self.id),
            body,
        )?;
        if let Some(error) = answer["value"]["error"].as_str() {
            let message = answer["value"]["message"].as_str().unwrap_or("");
            let first = message.lines().next().unwrap_or("");
            return Err(format!("WebDriver {method} {path}: {error}: {first}").into());
        }
        Ok(answer["value"].clone())
    }

    /// Loads `url` and waits for its load event.
    pub fn navigate(&self, url: &str) -> Result<()> {
        self.call("POST", "/url", Some(&json!({ "url": url })))
            .map(drop)
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its
    /// value; a promise it returns is awaited (up to the 30 s script timeout).
    pub fn execute(&self, script: &str, args: Value) -> Result<Value> {
        self.call(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// Runs `script` until it returns `true` (or a truthy value), for up to `timeout`.
    pub fn wait_for(&self, script: &str, timeout: Duration) -> Result<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let value = self.execute(script, json!([]))?;
            let truthy = !matches!(value, Value::Null | Value::Bool(false));
            if truthy {
                return Ok(value);
            }
            if Instant::now() > deadline {
                return Err(format!("waited {} s in vain for: {script}", timeout.as_secs()).into());
            }
            thread::sleep(Duration::from_millis(100));
        }
    }

    /// Presses and releases `key` (a character or one of [`keys`]) through the
    /// Actions API: trusted key events, sent to the focused element.
    pub fn press_key(&self, key: &str) -> Result<()> {
        let actions = json!({ "actions": [{
            "type": "key",
            "id": "keyboard",
            "actions": [
                { "type": "keyDown", "value": key },
                { "type": "keyUp", "value": key },
            ],
        }] });
        self.call("POST", "/actions", Some(&actions)).map(drop)
    }

    /// Resizes the browser window (in headless Chromium, the viewport) to `width`×`height`.
    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        let rect = json!({ "width": width, "height": height });
        self.call("POST", "/window/rect", Some(&rect)).map(drop)
    }

    /// Sends a Chrome DevTools Protocol command (chromedriver's `goog/cdp/execute`),
    /// such as `Emulation.setEmulatedMedia`; its result.
    pub fn cdp(&self, command: &str, params: Value) -> Result<Value> {
        let body = json!({ "cmd": command, "params": params });
        self.call("POST", "/goog/cdp/execute", Some(&body))
    }

    /// The browser's console log since the last call (chromedriver's log endpoint).
    pub fn browser_log(&self) -> Result<Vec<LogEntry>> {
        let value = self.call("POST", "/se/log", Some(&json!({ "type": "browser" })))?;
        let entries = value.as_array().cloned().unwrap_or_default();
        Ok(entries
            .iter()
            .map(|entry| LogEntry {
                level: entry["level"].as_str().unwrap_or("").to_string(),
                message: entry["message"].as_str().unwrap_or("").to_string(),
            })
            .collect())
    }

    /// A PNG of the viewport.
    pub fn screenshot(&self) -> Result<Vec<u8>> {
        let value = self.call("GET", "/screenshot", None)?;
        let text = value.as_str().ok_or("no screenshot in the answer")?;
        decode_base64(text)
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

/// One HTTP/1.1 exchange with chromedriver; the answer's JSON.
fn request(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(120)))?;
    let body = body.map(Value::to_string).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    // chromedriver may keep the connection open: read the head, then exactly
    // the body it announces.
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        head.push_str(&line.to_ascii_lowercase());
    }
    if head.is_empty() {
        return Err("chromedriver sent no HTTP answer".into());
    }
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse::<usize>().ok());
    let payload = match length {
        Some(length) => {
            let mut body = vec![0; length];
            reader.read_exact(&mut body)?;
            String::from_utf8_lossy(&body).into_owned()
        }
        None if head.contains("transfer-encoding: chunked") => read_chunked(&mut reader)?,
        None => {
            let mut body = String::new();
            reader.read_to_string(&mut body)?;
            body
        }
    };
    serde_json::from_str(&payload)
        .map_err(|error| format!("chromedriver's answer is not JSON ({error}): {payload}").into())
}

/// The body of a chunked HTTP answer.
fn read_chunked(reader: &mut impl BufRead) -> Result<String> {
    let mut body = Vec::new();
    loop {
        let mut size = String::new();
        reader.read_line(&mut size)?;
        let size = usize::from_str_radix(size.trim(), 16)
            .map_err(|_| format!("a bad chunk size: {size:?}"))?;
        let mut chunk = vec![0; size + 2];
        reader.read_exact(&mut chunk)?;
        if size == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..size]);
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// Standard base64 (with padding) to bytes.
pub fn decode_base64(text: &str) -> Result<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        match c {
            b'A'..=b'Z' => Some(u32::from(c - b'A')),
            b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
            b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
            b'+' => Some(62),
            b'/' => Some(63),
            _ => None,
        }
    };
    let clean: Vec<u8> = text
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut bits = 0u32;
        for (index, &c) in chunk.iter().enumerate() {
            let six = value(c).ok_or("not base64")?;
            bits |= six << (18 - 6 * index);
        }
        let bytes = bits.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_base64_and_chunks() {
        assert_eq!(decode_base64("aGVsbG8=").ok(), Some(b"hello".to_vec()));
        assert_eq!(decode_base64("aGk=").ok(), Some(b"hi".to_vec()));
        assert_eq!(decode_base64("YWJj").ok(), Some(b"abc".to_vec()));
        assert!(decode_base64("a*").is_err());
        let mut chunked = &b"5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n"[..];
        assert_eq!(read_chunked(&mut chunked).ok().as_deref(), Some("helloabc"));
    }
}
