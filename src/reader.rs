//! Reading a JavaScript value into a serde type, strictly: serde-wasm-bindgen
//! with unknown fields refused and every error placed.
//!
//! serde-wasm-bindgen reads a struct by asking the object for the fields the
//! struct knows, so it never sees a field it does not know, and
//! `#[serde(deny_unknown_fields)]` cannot work (serde-wasm-bindgen issue
//! #39, closed as designed); nor does it say where in a value an error lies.
//! This layer walks objects and arrays itself, refuses a key the struct does
//! not have, and keeps the place it is at (`rounds[0].ties[3].legs[0]`),
//! which it puts on any error; every leaf value (strings, numbers, booleans,
//! enums) it hands to serde-wasm-bindgen's own deserializer.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
use wasm_bindgen::{JsCast, JsValue};

/// Why a value was refused, and where: boxed, so that the `Result` every
/// generic reading function returns and moves about is one word wide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError(Box<Refusal>);

/// What a [`ReadError`] holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    /// The place in the value, as the validator names places
    /// (`rounds[0].ties[3].score`); empty for the value itself.
    pub place: String,
    /// What is wrong there, in serde's words.
    pub message: String,
}

impl std::ops::Deref for ReadError {
    type Target = Refusal;

    fn deref(&self) -> &Refusal {
        &self.0
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.place.as_str() {
            "" => f.write_str(&self.message),
            place => write!(f, "{place}: {}", self.message),
        }
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        ReadError(Box::new(Refusal {
            place: String::new(),
            message: message.to_string(),
        }))
    }
}

/// Reads `value` as a `T`; the error names the place and the problem.
pub fn from_value<T: DeserializeOwned>(value: JsValue) -> Result<T, ReadError> {
    T::deserialize(Reader {
        value,
        at: &Step::Root,
    })
}

/// Where the reader is: a chain of steps from the value read, written out
/// only when an error needs it.
enum Step<'a> {
    Root,
    Field(&'a Step<'a>, &'static str),
    Index(&'a Step<'a>, u32),
}

impl Step<'_> {
    fn place(&self) -> String {
        match self {
            Step::Root => String::new(),
            Step::Field(Step::Root, field) => (*field).to_string(),
            Step::Field(up, field) => format!("{}.{field}", up.place()),
            Step::Index(up, index) => format!("{}[{index}]", up.place()),
        }
    }

    /// serde-wasm-bindgen's error on a leaf value, placed here.
    #[inline(never)]
    fn leaf_error(&self, error: serde_wasm_bindgen::Error) -> ReadError {
        self.placed(de::Error::custom(error))
    }

    /// `error`, placed here unless a deeper step placed it already.
    #[inline(never)]
    fn placed(&self, mut error: ReadError) -> ReadError {
        if error.0.place.is_empty() {
            error.0.place = self.place();
        }
        error
    }
}

/// The deserializer over one JavaScript value at one place.
struct Reader<'a> {
    value: JsValue,
    at: &'a Step<'a>,
}

impl Reader<'_> {
    /// The leaf deserializer: serde-wasm-bindgen's.
    fn leaf(self) -> serde_wasm_bindgen::Deserializer {
        serde_wasm_bindgen::Deserializer::from(self.value)
    }

    /// "invalid type: string \"2-0\", expected …", placed here.
    #[inline(never)]
    fn wrong_type(&self, expected: &dyn de::Expected) -> ReadError {
        let value = &self.value;
        let text = value.as_string();
        let unexpected = match (&text, value.as_bool(), value.as_f64()) {
            (Some(text), _, _) => Unexpected::Str(text),
            (None, Some(flag), _) => Unexpected::Bool(flag),
            (None, None, Some(number)) => Unexpected::Float(number),
            (None, None, None) if value.is_null() || value.is_undefined() => Unexpected::Unit,
            (None, None, None) if Array::is_array(value) => Unexpected::Seq,
            (None, None, None) => Unexpected::Map,
        };
        self.at
            .placed(de::Error::invalid_type(unexpected, expected))
    }
}

/// A leaf method: serde-wasm-bindgen reads it; its error is placed here.
macro_rules! leaves {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
            let at = self.at;
            self.leaf().$method(visitor).map_err(|error| at.leaf_error(error))
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Reader<'_> {
    type Error = ReadError;

    leaves!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_unit,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        if self.value.is_null() || self.value.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let Some(array) = self.value.dyn_ref::<Array>() else {
            return Err(self.wrong_type(&visitor));
        };
        let items = Items {
            length: array.length(),
            array: array.clone(),
            next: 0,
            at: self.at,
        };
        visitor
            .visit_seq(items)
            .map_err(|error| self.at.placed(error))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _length: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _length: usize,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let at = self.at;
        self.leaf()
            .deserialize_map(visitor)
            .map_err(|error| at.leaf_error(error))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        // The generic part is the visitor's alone; the rest is written once
        // (`Fields::open`, `Fields::unknown`, `Fields::refused`) rather than
        // once for every struct read.
        let Some(mut access) = Fields::open(&self.value, fields, self.at) else {
            return Err(self.wrong_type(&visitor));
        };
        match visitor.visit_map(&mut access) {
            Ok(value) => match access.unknown() {
                None => Ok(value),
                Some(error) => Err(error),
            },
            Err(error) => Err(access.refused(error)),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        let at = self.at;
        self.leaf()
            .deserialize_enum(name, variants, visitor)
            .map_err(|error| at.leaf_error(error))
    }
}

/// A struct's fields, in the struct's order, those set on the object only
/// (`undefined` counts as unset, as JavaScript leaves it).
struct Fields<'a> {
    object: Object,
    fields: &'static [&'static str],
    /// `fields` as JavaScript strings, in the same order.
    keys: Rc<[JsValue]>,
    /// The index in `fields` of the next field to look for.
    next: usize,
    pending: Option<(&'static str, JsValue)>,
    /// How many of the fields the object has.
    found: u32,
    at: &'a Step<'a>,
}

impl<'a> Fields<'a> {
    /// The fields of `value`, or `None` if it is not an object.
    #[inline(never)]
    fn open(value: &JsValue, fields: &'static [&'static str], at: &'a Step<'a>) -> Option<Self> {
        // `typeof` rather than `instanceof Object` (what `dyn_ref` checks):
        // an object made in another realm, such as a frame or a test
        // driver's sandbox, is an object all the same.
        if !value.is_object() || Array::is_array(value) {
            return None;
        }
        Some(Fields {
            object: value.clone().unchecked_into(),
            fields,
            keys: keys_of(fields),
            next: 0,
            pending: None,
            found: 0,
            at,
        })
    }

    /// The next field the object has: its index in the struct's fields,
    /// its value kept for `next_value_seed`.
    #[inline(never)]
    fn next_field(&mut self) -> Option<usize> {
        while let (Some(&field), Some(key)) = (self.fields.get(self.next), self.keys.get(self.next))
        {
            let index = self.next;
            self.next += 1;
            let value = js_sys::Reflect::get(&self.object, key).unwrap_or(JsValue::UNDEFINED);
            if !value.is_undefined() {
                self.found += 1;
                self.pending = Some((field, value));
                return Some(index);
            }
        }
        None
    }

    /// The value of the field `next_field` found.
    #[inline(never)]
    fn take_value(&mut self) -> Result<(&'static str, JsValue), ReadError> {
        self.pending
            .take()
            .ok_or_else(|| <ReadError as de::Error>::custom("a value asked before its key"))
    }

    /// The check serde-wasm-bindgen cannot make: a key the struct lacks.
    /// The keys are counted against the fields found, and only read one by
    /// one (each a string into wasm) when they differ.
    #[inline(never)]
    fn unknown(&self) -> Option<ReadError> {
        let count = Object::keys(&self.object).length();
        if count == self.found {
            return None;
        }
        self.unknown_key()
    }

    /// The error of a struct its visitor refused: a key the struct lacks
    /// named first (a misspelt field is missed as well), else `error`.
    #[inline(never)]
    fn refused(&self, error: ReadError) -> ReadError {
        self.unknown_key().unwrap_or_else(|| self.at.placed(error))
    }

    /// The first key of the object that is not one of the struct's fields.
    fn unknown_key(&self) -> Option<ReadError> {
        for key in Object::keys(&self.object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !self.fields.contains(&key.as_str()) {
                return Some(self.at.placed(de::Error::unknown_field(&key, self.fields)));
            }
        }
        None
    }
}

impl<'de> de::MapAccess<'de> for &mut Fields<'_> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        // The key by its index in the struct's fields: serde's derive numbers
        // them as it lists them (none of these types has an `alias`, which
        // would add names to the list), and matches a number with one jump
        // where a name takes a string comparison for each field.
        match self.next_field() {
            Some(index) => seed
                .deserialize((index as u64).into_deserializer())
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, ReadError> {
        let (field, value) = self.take_value()?;
        let at = Step::Field(self.at, field);
        seed.deserialize(Reader { value, at: &at })
    }
}

/// A struct's field names as JavaScript strings, made once a struct: they
/// cross into JavaScript once, not once an object (thousands of times in a
/// big competition), and are found by the list's address and length, not
/// by hashing each name.
fn keys_of(fields: &'static [&'static str]) -> Rc<[JsValue]> {
    thread_local! {
        static KEYS: RefCell<Vec<(usize, Rc<[JsValue]>)>> = const { RefCell::new(Vec::new()) };
    }
    let address = fields.as_ptr() as usize;
    KEYS.with(|cache| {
        let mut cache = cache.borrow_mut();
        // The same address and length: the same names (a shorter list may
        // start where a longer one does).
        let same =
            |(at, keys): &&(usize, Rc<[JsValue]>)| *at == address && keys.len() == fields.len();
        if let Some((_, keys)) = cache.iter().find(same) {
            return keys.clone();
        }
        let keys: Rc<[JsValue]> = fields
            .iter()
            .map(|field| JsValue::from_str(field))
            .collect();
        cache.push((address, keys.clone()));
        keys
    })
}

/// An array's items, in order.
struct Items<'a> {
    array: Array,
    length: u32,
    next: u32,
    at: &'a Step<'a>,
}

impl<'de> de::SeqAccess<'de> for Items<'_> {
    type Error = ReadError;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, ReadError> {
        if self.next >= self.length {
            return Ok(None);
        }
        let index = self.next;
        self.next += 1;
        let at = Step::Index(self.at, index);
        seed.deserialize(Reader {
            value: self.array.get(index),
            at: &at,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.length - self.next) as usize)
    }
}
