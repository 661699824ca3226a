//! A small parser of the wikitext the importer reads: text and templates.
//!
//! It knows `{{name|positional|key = value}}` with nested templates and
//! nothing else of MediaWiki: links, tables and HTML stay plain text. Every
//! node remembers the 1-based line it starts on, so later stages can point at
//! the article. Bad input (a template never closed, closing braces with no
//! template open, a template without a name) is an error with its line,
//! never a panic.

use std::fmt;

/// How deep templates may nest before the input is refused (keeps the stack bounded).
const MAX_DEPTH: usize = 64;

/// A piece of wikitext: plain text or a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    /// Text outside any template of this level.
    Text(Text),
    /// A `{{…}}` template.
    Template(Template),
}

/// Plain text and the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// The text as written.
    pub text: String,
    /// 1-based line of its first character.
    pub line: usize,
}

/// A template: its name and parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The name, trimmed: "Football box".
    pub name: String,
    /// 1-based line of the opening braces.
    pub line: usize,
    /// The parameters in written order.
    pub params: Vec<Param>,
}

/// One `|…` parameter of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// The key of a `|key = value` parameter (trimmed); `None` when positional.
    pub name: Option<String>,
    /// The value's nodes, untrimmed.
    pub value: Vec<Node>,
    /// 1-based line of the parameter's `|`.
    pub line: usize,
}

/// A line of wikitext split out of a node list (see [`lines`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number.
    pub line: usize,
    /// The nodes starting on that line; a template spanning lines belongs to the line it opens on.
    pub nodes: Vec<Node>,
}

/// Wikitext that cannot be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the fault.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Parses wikitext into text and template nodes.
pub fn parse(src: &str) -> Result<Vec<Node>, ParseError> {
    let mut parser = Parser {
        src,
        pos: 0,
        line: 1,
    };
    let (nodes, end) = parser.sequence(false, 0)?;
    match end {
        End::Eof => Ok(nodes),
        End::Pipe | End::Close => Err(ParseError {
            line: parser.line,
            message: "closing braces \"}}\" with no template open".to_string(),
        }),
    }
}

/// What stopped a sequence of nodes.
enum End {
    Eof,
    Pipe,
    Close,
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    line: usize,
}

impl Parser<'_> {
    fn rest(&self) -> &str {
        self.src.get(self.pos..).unwrap_or("")
    }

    /// Nodes up to the end, or (inside a template) up to its next `|` or `}}`.
    fn sequence(
        &mut self,
        in_template: bool,
        depth: usize,
    ) -> Result<(Vec<Node>, End), ParseError> {
        let mut nodes = Vec::new();
        let mut text = String::new();
        let mut text_line = self.line;
        loop {
            let rest = self.rest();
            let end = if rest.is_empty() {
                Some(End::Eof)
            } else if rest.starts_with("}}") {
                Some(End::Close)
            } else if in_template && rest.starts_with('|') {
                Some(End::Pipe)
            } else {
                None
            };
            if let Some(end) = end {
                flush(&mut nodes, &mut text, text_line);
                return Ok((nodes, end));
            }
            if rest.starts_with("{{") {
                flush(&mut nodes, &mut text, text_line);
                let template = self.template(depth + 1)?;
                nodes.push(Node::Template(template));
                text_line = self.line;
                continue;
            }
            let Some(c) = rest.chars().next() else {
                continue;
            };
            if text.is_empty() {
                text_line = self.line;
            }
            text.push(c);
            self.pos += c.len_utf8();
            if c == '\n' {
                self.line += 1;
            }
        }
    }

    /// A template; the input is at its `{{`.
    fn template(&mut self, depth: usize) -> Result<Template, ParseError> {
        let line = self.line;
        if depth > MAX_DEPTH {
            return Err(ParseError {
                line,
                message: format!("templates nested more than {MAX_DEPTH} deep"),
            });
        }
        self.pos += 2;
        let (name_nodes, mut end) = self.sequence(true, depth)?;
        if name_nodes
            .iter()
            .any(|node| matches!(node, Node::Template(_)))
        {
            return Err(ParseError {
                line,
                message: "a template's name must be plain text".to_string(),
            });
        }
        let name = plain(&name_nodes).trim().to_string();
        if name.is_empty() {
            return Err(ParseError {
                line,
                message: "a template without a name".to_string(),
            });
        }
        let mut params = Vec::new();
        loop {
            match end {
                End::Eof => {
                    return Err(ParseError {
                        line,
                        message: format!("template {{{{{name}}}}} is never closed"),
                    })
                }
                End::Close => {
                    self.pos += 2;
                    return Ok(Template { name, line, params });
                }
                End::Pipe => {
                    let param_line = self.line;
                    self.pos += 1;
                    let (value, next) = self.sequence(true, depth)?;
                    params.push(split_param(value, param_line));
                    end = next;
                }
            }
        }
    }
}

fn flush(nodes: &mut Vec<Node>, text: &mut String, line: usize) {
    if !text.is_empty() {
        nodes.push(Node::Text(Text {
            text: std::mem::take(text),
            line,
        }));
    }
}

/// A `key = value` parameter when its leading text holds an `=`, else positional.
fn split_param(mut value: Vec<Node>, line: usize) -> Param {
    if let Some(Node::Text(first)) = value.first_mut() {
        if let Some((key, rest)) = first.text.split_once('=') {
            let name = key.trim().to_string();
            let newlines = key.matches('\n').count();
            if rest.is_empty() {
                value.remove(0);
            } else {
                first.text = rest.to_string();
                first.line += newlines;
            }
            return Param {
                name: Some(name),
                value,
                line,
            };
        }
    }
    Param {
        name: None,
        value,
        line,
    }
}

/// The text nodes of a list concatenated, templates left out.
pub fn plain(nodes: &[Node]) -> String {
    nodes
        .iter()
        .filter_map(|node| match node {
            Node::Text(text) => Some(text.text.as_str()),
            Node::Template(_) => None,
        })
        .collect()
}

/// The templates of a list (not those nested inside them).
pub fn templates(nodes: &[Node]) -> impl Iterator<Item = &Template> {
    nodes.iter().filter_map(|node| match node {
        Node::Template(template) => Some(template),
        Node::Text(_) => None,
    })
}

/// Splits nodes at the newlines of their text; empty lines are kept.
pub fn lines(nodes: &[Node], first_line: usize) -> Vec<Line> {
    let mut out = vec![Line {
        line: first_line,
        nodes: Vec::new(),
    }];
    for node in nodes {
        match node {
            Node::Template(template) => {
                if let Some(last) = out.last_mut() {
                    last.nodes.push(node.clone());
                } else {
                    out.push(Line {
                        line: template.line,
                        nodes: vec![node.clone()],
                    });
                }
            }
            Node::Text(text) => {
                let mut line = text.line;
                for (i, piece) in text.text.split('\n').enumerate() {
                    if i > 0 {
                        line += 1;
                        out.push(Line {
                            line,
                            nodes: Vec::new(),
                        });
                    }
                    if !piece.is_empty() {
                        if let Some(last) = out.last_mut() {
                            last.nodes.push(Node::Text(Text {
                                text: piece.to_string(),
                                line,
                            }));
                        }
                    }
                }
            }
        }
    }
    out
}

impl Template {
    /// The named parameter `key`, if given.
    pub fn named(&self, key: &str) -> Option<&Param> {
        self.params
            .iter()
            .find(|param| param.name.as_deref() == Some(key))
    }

    /// The `n`th positional parameter (1-based, as MediaWiki counts them).
    pub fn positional(&self, n: usize) -> Option<&Param> {
        self.params
            .iter()
            .filter(|param| param.name.is_none())
            .nth(n.checked_sub(1)?)
    }

    /// The trimmed plain text of the named parameter; empty when absent.
    pub fn named_text(&self, key: &str) -> String {
        self.named(key)
            .map(|param| plain(&param.value).trim().to_string())
            .unwrap_or_default()
    }

    /// The trimmed plain text of the `n`th positional parameter; empty when absent.
    pub fn positional_text(&self, n: usize) -> String {
        self.positional(n)
            .map(|param| plain(&param.value).trim().to_string())
            .unwrap_or_default()
    }

    /// Whether the name is `name`, ignoring case of the first letter and `_` for spaces.
    pub fn is(&self, name: &str) -> bool {
        let norm = |s: &str| {
            let s = s.replace('_', " ");
            let mut chars = s.chars();
            chars
                .next()
                .map(|c| c.to_lowercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        };
        norm(&self.name) == norm(name)
    }
}

impl Param {
    /// The value's plain text, trimmed.
    pub fn text(&self) -> String {
        plain(&self.value).trim().to_string()
    }

    /// The line of the value's first node, or the parameter's line when empty.
    pub fn value_line(&self) -> usize {
        match self.value.first() {
            Some(Node::Text(text)) => text.line,
            Some(Node::Template(template)) => template.line,
            None => self.line,
        }
    }
}
