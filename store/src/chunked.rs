//! A growable array kept in fixed-size chunks.
//!
//! The read model's table of deals is its largest allocation (tens of MB at
//! a million deals). As a `Vec` it doubles when full, and for the moment of
//! the copy the old and the new buffer are both in memory: a spike of the
//! table's whole size in the store's RSS. Chunks are allocated one at a time
//! and never move, so growing costs one chunk.

use std::ops::{Index, IndexMut};

/// Elements per chunk, a power of two.
const CHUNK: usize = 1 << 16;

/// An append-only array in chunks of `CHUNK` elements.
#[derive(Debug)]
pub struct Chunked<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> Chunked<T> {
    /// Elements held.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends an element.
    pub fn push(&mut self, value: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => last.push(value),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(value);
                self.chunks.push(chunk);
            }
        }
        self.len += 1;
    }

    /// The elements in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        self.chunks.iter().flatten()
    }
}

impl<T> Index<usize> for Chunked<T> {
    type Output = T;

    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T> IndexMut<usize> for Chunked<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.chunks[i / CHUNK][i % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn elements_past_a_chunk_boundary_are_where_they_were_put() {
        let mut c = Chunked::default();
        for i in 0..CHUNK + 3 {
            c.push(i);
        }
        assert_eq!(c.len(), CHUNK + 3);
        assert_eq!(c[CHUNK - 1], CHUNK - 1);
        assert_eq!(c[CHUNK], CHUNK);
        assert_eq!(c[CHUNK + 2], CHUNK + 2);
        assert_eq!(c.iter().count(), CHUNK + 3);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn pushes_and_writes_read_back_as_a_vec_does(
            n in 0usize..3 * CHUNK,
            writes in proptest::collection::vec((any::<usize>(), any::<u32>()), 0..50),
        ) {
            let mut c = Chunked::default();
            let mut v = Vec::new();
            for i in 0..n {
                c.push(i as u32);
                v.push(i as u32);
            }
            if n > 0 {
                for (at, value) in writes {
                    c[at % n] = value;
                    v[at % n] = value;
                }
            }
            prop_assert_eq!(c.len(), v.len());
            prop_assert!(c.iter().eq(v.iter()));
        }
    }
}
