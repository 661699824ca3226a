//! The browsers the tests drive, over the W3C WebDriver protocol only, with
//! the fantoccini client: starts a driver (chromedriver for Chromium,
//! geckodriver for Firefox), opens headless sessions, navigates, runs
//! scripts, presses keys, moves and presses a mouse or a finger, goes back,
//! resizes the viewport and takes screenshots. No browser-specific endpoint
//! (no Chrome DevTools, no Chrome log): the console is read through the page
//! (`test/console.rs`), and the dark scheme is a preference the session
//! starts with.
//!
//! Each browser's options (flags, binary, preferences) are in one place,
//! `webdriver.json` at the repository root, under `goog:chromeOptions` and
//! `moz:firefoxOptions`: wasm-bindgen-test's runner reads that file too.
//!
//! fantoccini is asynchronous; a [`Session`] owns a one-thread tokio runtime
//! and blocks on each command, so the tests read as plain sequential code.

use std::{
    cell::Cell,
    fmt,
    fs::File,
    future::Future,
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::atomic::{AtomicUsize, Ordering},
    thread,
    time::{Duration, Instant},
};

use fantoccini::{
    actions::{
        InputSource, KeyAction, KeyActions, MouseActions, PointerAction, TouchActions,
        MOUSE_BUTTON_LEFT,
    },
    elements::Element,
    Client, ClientBuilder,
};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Map, Value};

use crate::util::{self, Result};

/// The file that holds each browser's options, at the repository root.
pub const OPTIONS_FILE: &str = "webdriver.json";

/// How long one WebDriver command may take before the tests give up on the browser.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);

/// The key under which W3C WebDriver returns an element from a script.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// A browser the tests run in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    /// Debian's `chromium`, through `chromedriver`.
    Chromium,
    /// Debian's `firefox-esr`, through `geckodriver`.
    Firefox,
}

impl Browser {
    /// Every browser, in the order the steps run them.
    pub const ALL: [Browser; 2] = [Browser::Chromium, Browser::Firefox];

    /// Its name in the summary and in messages: `chromium`, `firefox`.
    pub fn name(self) -> &'static str {
        match self {
            Browser::Chromium => "chromium",
            Browser::Firefox => "firefox",
        }
    }

    /// The key of its options in `webdriver.json` (and in the capabilities).
    pub fn options_key(self) -> &'static str {
        match self {
            Browser::Chromium => "goog:chromeOptions",
            Browser::Firefox => "moz:firefoxOptions",
        }
    }

    /// The W3C `browserName` capability.
    fn browser_name(self) -> &'static str {
        match self {
            Browser::Chromium => "chrome",
            Browser::Firefox => "firefox",
        }
    }

    /// The driver's environment variable, which wasm-bindgen-test's runner reads too.
    pub fn driver_variable(self) -> &'static str {
        match self {
            Browser::Chromium => "CHROMEDRIVER",
            Browser::Firefox => "GECKODRIVER",
        }
    }

    /// The name wasm-bindgen-test's runner prints (`Running headless tests in Chrome`).
    pub fn runner_name(self) -> &'static str {
        match self {
            Browser::Chromium => "Chrome",
            Browser::Firefox => "Firefox",
        }
    }
}

impl fmt::Display for Browser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The colour scheme a session's pages see (`prefers-color-scheme`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    /// Light, as the tests assume unless they say otherwise.
    Light,
    /// Dark.
    Dark,
}

/// The browser's options from `webdriver.json`: `{ "args": [...], ... }`.
pub fn options(browser: Browser) -> Result<Map<String, Value>> {
    let path = util::root().join(OPTIONS_FILE);
    let text =
        std::fs::read_to_string(&path).map_err(|error| format!("{}: {error}", path.display()))?;
    let all: Value = serde_json::from_str(&text)
        .map_err(|error| format!("{} is not JSON: {error}", path.display()))?;
    all[browser.options_key()]
        .as_object()
        .cloned()
        .ok_or_else(|| {
            format!(
                "{} has no `{}` object for {browser}",
                path.display(),
                browser.options_key()
            )
            .into()
        })
}

/// The style sheet of the Firefox profiles the tests use: Firefox keeps its
/// windows at least 500 px wide (`--window-min-width` in its own style
/// sheet), which would keep the viewport from a phone's 320 px.
const FIREFOX_USER_CHROME: &str =
    ":root { --window-min-width: 0px !important; min-width: 0 !important; }\n";

/// A fresh Firefox profile folder that lets the window be narrower than
/// 500 px (its `chrome/userChrome.css`); removed with the session.
fn firefox_profile() -> Result<PathBuf> {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let number = COUNT.fetch_add(1, Ordering::SeqCst);
    let dir = util::target_dir()
        .join("xtask")
        .join("firefox-profiles")
        .join(format!("{}-{number}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("chrome"))?;
    std::fs::write(
        dir.join("chrome").join("userChrome.css"),
        FIREFOX_USER_CHROME,
    )?;
    Ok(dir)
}

/// The session's capabilities: the browser's options from `webdriver.json`,
/// with the colour scheme added (a Firefox preference, a Chromium flag) and,
/// for Firefox, the profile folder.
fn capabilities(
    browser: Browser,
    scheme: Scheme,
    profile: Option<&Path>,
) -> Result<Map<String, Value>> {
    let mut options = options(browser)?;
    match browser {
        Browser::Chromium => {
            let args = options
                .entry("args")
                .or_insert_with(|| json!([]))
                .as_array_mut()
                .ok_or("goog:chromeOptions.args is not an array")?;
            // Blink's preferred scheme: 0 dark, 1 light.
            let value = match scheme {
                Scheme::Dark => 0,
                Scheme::Light => 1,
            };
            args.push(json!(format!(
                "--blink-settings=preferredColorScheme={value}"
            )));
        }
        Browser::Firefox => {
            if let Some(profile) = profile {
                let args = options
                    .entry("args")
                    .or_insert_with(|| json!([]))
                    .as_array_mut()
                    .ok_or("moz:firefoxOptions.args is not an array")?;
                args.push(json!("-profile"));
                args.push(json!(profile.display().to_string()));
            }
            let prefs = options
                .entry("prefs")
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .ok_or("moz:firefoxOptions.prefs is not an object")?;
            // What pages see: 0 dark, 1 light (2 would follow the system).
            let value = match scheme {
                Scheme::Dark => 0,
                Scheme::Light => 1,
            };
            prefs.insert(
                "layout.css.prefers-color-scheme.content-override".into(),
                json!(value),
            );
            // Reads the profile's chrome/userChrome.css.
            prefs.insert(
                "toolkit.legacyUserProfileCustomizations.stylesheets".into(),
                json!(true),
            );
        }
    }
    let mut capabilities = Map::new();
    capabilities.insert("browserName".into(), json!(browser.browser_name()));
    capabilities.insert(browser.options_key().into(), Value::Object(options));
    Ok(capabilities)
}

/// A running driver (chromedriver or geckodriver); dropping it ends it.
pub struct Driver {
    browser: Browser,
    port: u16,
    child: Child,
    log: PathBuf,
}

impl Driver {
    /// Starts the driver `program` for `browser` on a free port and waits
    /// until it accepts connections. Its output (and the browser's) goes to
    /// `target/xtask/drivers/<browser>-<n>.log`, n counting the drivers this
    /// run started.
    pub fn start(browser: Browser, program: &str) -> Result<Driver> {
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let port = TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port();
        let dir = util::target_dir().join("xtask").join("drivers");
        std::fs::create_dir_all(&dir)?;
        let number = STARTED.fetch_add(1, Ordering::SeqCst) + 1;
        let log = dir.join(format!("{browser}-{number}.log"));
        let out = File::create(&log)?;
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .map_err(|error| format!("cannot start {program}: {error}"))?;
        let mut driver = Driver {
            browser,
            port,
            child,
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = driver.child.try_wait() {
                return Err(format!(
                    "{program} exited ({status}) before it was ready; see {}",
                    driver.log.display()
                )
                .into());
            }
            if Instant::now() > deadline {
                return Err(format!("{program} did not get ready in 30 s").into());
            }
            thread::sleep(Duration::from_millis(50));
        }
        Ok(driver)
    }

    /// Opens a headless session in the light scheme whose viewport is `width`×`height`.
    pub fn session(&self, width: u32, height: u32) -> Result<Session> {
        self.session_in(Scheme::Light, width, height)
    }

    /// Opens a headless session in `scheme` whose viewport is `width`×`height`.
    ///
    /// geckodriver holds one session at a time: drop one before opening the next.
    pub fn session_in(&self, scheme: Scheme, width: u32, height: u32) -> Result<Session> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let profile = match self.browser {
            Browser::Firefox => Some(firefox_profile()?),
            Browser::Chromium => None,
        };
        let url = format!("http://127.0.0.1:{}", self.port);
        let connected = capabilities(self.browser, scheme, profile.as_deref())
            .and_then(|capabilities| self.connect(&runtime, capabilities, &url));
        let client = match connected {
            Ok(client) => client,
            Err(error) => {
                if let Some(profile) = &profile {
                    let _ = std::fs::remove_dir_all(profile);
                }
                return Err(error);
            }
        };
        let session = Session {
            browser: self.browser,
            runtime,
            client,
            profile,
            chrome_size: Cell::new((0, 0)),
        };
        session.set_window_size(width, height)?;
        Ok(session)
    }

    /// A new session of `capabilities` on the driver at `url`.
    fn connect(
        &self,
        runtime: &tokio::runtime::Runtime,
        capabilities: Map<String, Value>,
        url: &str,
    ) -> Result<Client> {
        let client = runtime
            .block_on(async {
                tokio::time::timeout(
                    COMMAND_TIMEOUT,
                    ClientBuilder::new(HttpConnector::new())
                        .capabilities(capabilities)
                        .connect(url),
                )
                .await
            })
            .map_err(|_| format!("{} opened no session in 120 s", self.browser))?
            .map_err(|error| {
                format!(
                    "{} opened no session: {error} (the driver's log: {})",
                    self.browser,
                    self.log.display()
                )
            })?;
        Ok(client)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// WebDriver's code points for the keys the keyboard tests press.
pub mod keys {
    /// The Tab key.
    pub const TAB: char = '\u{E004}';
    /// The Enter key.
    pub const ENTER: char = '\u{E007}';
    /// The space bar.
    pub const SPACE: char = '\u{E00D}';
    /// The Home key.
    pub const HOME: char = '\u{E011}';
    /// The right arrow.
    pub const ARROW_RIGHT: char = '\u{E014}';
}

/// The kind of pointer a press is made with (the `pointerType` of W3C Actions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pointer {
    /// A mouse: its left button.
    Mouse,
    /// A finger on a touch screen.
    Touch,
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Pointer::Mouse => "mouse",
            Pointer::Touch => "touch",
        })
    }
}

/// One browser session; dropping it closes the browser.
pub struct Session {
    browser: Browser,
    runtime: tokio::runtime::Runtime,
    client: Client,
    /// The Firefox profile folder, removed when the session ends.
    profile: Option<PathBuf>,
    /// The window's size less the viewport's, once known.
    chrome_size: Cell<(u32, u32)>,
}

impl Session {
    /// Runs one WebDriver command to its end (or [`COMMAND_TIMEOUT`]).
    fn block<T, E: fmt::Display>(
        &self,
        what: &str,
        command: impl Future<Output = std::result::Result<T, E>>,
    ) -> Result<T> {
        match self
            .runtime
            .block_on(async { tokio::time::timeout(COMMAND_TIMEOUT, command).await })
        {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => {
                let text = error.to_string();
                let first = text.lines().next().unwrap_or("");
                Err(format!("WebDriver {what} ({}): {first}", self.browser).into())
            }
            Err(_) => Err(format!(
                "WebDriver {what} ({}): no answer in {} s",
                self.browser,
                COMMAND_TIMEOUT.as_secs()
            )
            .into()),
        }
    }

    /// The browser of this session.
    pub fn browser(&self) -> Browser {
        self.browser
    }

    /// Loads `url` and waits for its load event.
    pub fn navigate(&self, url: &str) -> Result<()> {
        self.block("navigate", self.client.goto(url))
    }

    /// The browser's Back: one step back in the session's history.
    pub fn back(&self) -> Result<()> {
        self.block("back", self.client.back())
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its
    /// value; a promise it returns is awaited (up to the 30 s script timeout).
    pub fn execute(&self, script: &str, args: Value) -> Result<Value> {
        let args = match args {
            Value::Array(args) => args,
            Value::Null => Vec::new(),
            other => vec![other],
        };
        self.block("execute", self.client.execute(script, args))
    }

    /// Runs `script` until it returns a truthy value, for up to `timeout`.
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
    pub fn press_key(&self, key: char) -> Result<()> {
        let keyboard = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.block("actions", self.client.perform_actions(keyboard))?;
        self.block("release actions", self.client.release_actions())
    }

    /// A real press with `pointer` on `element` (an element a script returned,
    /// which may be inside a shadow root): the pointer moves onto the element's
    /// centre (the element is the move's origin), rests there for a moment as a
    /// hand would, goes down (the left button, or the finger) and up again.
    /// The element must be in view.
    pub fn press(&self, pointer: Pointer, element: &Value) -> Result<()> {
        let element = self.element(element)?;
        let steps = [
            PointerAction::MoveToElement {
                element,
                duration: Some(Duration::from_millis(50)),
                x: 0.0,
                y: 0.0,
            },
            PointerAction::Pause {
                duration: Duration::from_millis(100),
            },
            PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            },
            PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            },
        ];
        match pointer {
            Pointer::Mouse => {
                let mouse = steps
                    .into_iter()
                    .fold(MouseActions::new("mouse".into()), InputSource::then);
                self.block("actions (mouse)", self.client.perform_actions(mouse))?;
            }
            Pointer::Touch => {
                let finger = steps
                    .into_iter()
                    .fold(TouchActions::new("finger".into()), InputSource::then);
                self.block("actions (touch)", self.client.perform_actions(finger))?;
            }
        }
        self.block("release actions", self.client.release_actions())
    }

    /// The element a script returned (W3C's element reference).
    fn element(&self, value: &Value) -> Result<Element> {
        let id = value[ELEMENT_KEY]
            .as_str()
            .ok_or_else(|| format!("not an element reference: {value}"))?;
        Ok(Element::from_element_id(
            self.client.clone(),
            id.to_string().into(),
        ))
    }

    /// Resizes the window so that the page's viewport (`innerWidth`×`innerHeight`)
    /// is `width`×`height`, whatever the browser puts around it (headless
    /// Firefox keeps room for a toolbar): one resize once the session knows
    /// that room.
    pub fn set_window_size(&self, width: u32, height: u32) -> Result<()> {
        for _ in 0..3 {
            let (extra_width, extra_height) = self.chrome_size.get();
            self.block(
                "set window rect",
                self.client
                    .set_window_size(width + extra_width, height + extra_height),
            )?;
            let inner =
                self.execute("return [window.innerWidth, window.innerHeight];", json!([]))?;
            let read =
                |index: usize| u32::try_from(inner[index].as_u64().unwrap_or(0)).unwrap_or(0);
            if (read(0), read(1)) == (width, height) {
                return Ok(());
            }
            // What the window holds besides the viewport.
            self.chrome_size.set((
                (width + extra_width).saturating_sub(read(0)),
                (height + extra_height).saturating_sub(read(1)),
            ));
        }
        let inner = self.execute("return [window.innerWidth, window.innerHeight];", json!([]))?;
        Err(format!(
            "{}: cannot make the viewport {width}×{height}: it is {inner}",
            self.browser
        )
        .into())
    }

    /// A PNG of the viewport.
    pub fn screenshot(&self) -> Result<Vec<u8>> {
        self.block("screenshot", self.client.screenshot())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let client = self.client.clone();
        let _ = self.runtime.block_on(async {
            tokio::time::timeout(Duration::from_secs(30), client.close()).await
        });
        if let Some(profile) = &self.profile {
            let _ = std::fs::remove_dir_all(profile);
        }
    }
}
