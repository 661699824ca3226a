//! A set of string ids, each numbered in the order it was first inserted:
//! what the validator looks ids up in.
//!
//! Not a `HashMap`: hashbrown's code, monomorphised for every key and value
//! type, weighed on the wasm bundle. This is one small non-generic table
//! (open addressing, FNV-1a); values live beside it in a `Vec` indexed by
//! the id's number. It borrows its keys (the validator's lookups) or owns
//! them (the widget's model, which outlives the text it was read from).

use std::borrow::Cow;

/// Ids numbered 0, 1, 2… in insertion order.
#[derive(Debug, Default)]
pub struct Ids<'a> {
    /// The ids, by number.
    keys: Vec<Cow<'a, str>>,
    /// Open addressing, linear probing: 0 when free, else the id's number + 1.
    slots: Vec<u32>,
}

fn hash(key: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in key.bytes() {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash as usize
}

impl<'a> Ids<'a> {
    /// An empty set.
    pub fn new() -> Self {
        Ids::default()
    }

    /// The slot holding `key`, or the free slot where it would go.
    fn slot(&self, key: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut slot = hash(key) & mask;
        loop {
            match self.slots.get(slot).copied().unwrap_or(0) {
                0 => return slot,
                taken => {
                    if self.keys.get(taken as usize - 1).map(|known| &**known) == Some(key) {
                        return slot;
                    }
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The number of `key`, if it was inserted.
    pub fn get(&self, key: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let taken = *self.slots.get(self.slot(key))?;
        (taken != 0).then(|| taken as usize - 1)
    }

    /// Inserts `key`: `Ok(its new number)`, or `Err(its number)` when it was
    /// there already.
    pub fn insert(&mut self, key: &'a str) -> Result<usize, usize> {
        self.insert_cow(Cow::Borrowed(key))
    }

    /// Inserts a copy of `key`, as `insert` does.
    pub fn insert_owned(&mut self, key: &str) -> Result<usize, usize> {
        self.insert_cow(Cow::Owned(key.to_string()))
    }

    fn insert_cow(&mut self, key: Cow<'a, str>) -> Result<usize, usize> {
        if (self.keys.len() + 1) * 2 > self.slots.len() {
            // At most half full, so that probing stays short.
            self.slots = vec![0; (self.slots.len() * 2).max(16)];
            for (number, key) in self.keys.iter().enumerate() {
                let slot = self.slot(key);
                if let Some(free) = self.slots.get_mut(slot) {
                    *free = number as u32 + 1;
                }
            }
        }
        let slot = self.slot(&key);
        match self.slots.get(slot).copied() {
            Some(0) => {
                self.keys.push(key);
                let number = self.keys.len() - 1;
                if let Some(free) = self.slots.get_mut(slot) {
                    *free = number as u32 + 1;
                }
                Ok(number)
            }
            Some(taken) => Err(taken as usize - 1),
            None => Err(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ids;

    #[test]
    fn numbers_in_insertion_order() {
        let names: Vec<String> = (0..1000).map(|n| format!("team-{n}")).collect();
        let mut ids = Ids::new();
        assert_eq!(ids.get("team-0"), None);
        for (number, name) in names.iter().enumerate() {
            assert_eq!(ids.insert(name), Ok(number));
        }
        for (number, name) in names.iter().enumerate() {
            assert_eq!(ids.get(name), Some(number));
            assert_eq!(ids.insert(name), Err(number));
        }
        assert_eq!(ids.get("team-1000"), None);
        assert_eq!(ids.get(""), None);
        assert_eq!(ids.insert(""), Ok(1000));
        assert_eq!(ids.get(""), Some(1000));
        let mut owned = Ids::new();
        assert_eq!(owned.insert_owned(&String::from("a")), Ok(0));
        assert_eq!(owned.insert_owned("a"), Err(0));
        assert_eq!(owned.get("a"), Some(0));
    }
}
