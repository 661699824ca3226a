//! A subtree not drawn yet: while the ties in view are drawn first (for a
//! frame, `bracket.rs`), a blank as tall as the subtree's rows of closed
//! cards, so that nothing moves when the subtree comes.

use yew::prelude::*;

/// Blocks of 1, 2, 4, … 4,096 rows of cards (`bracket.css`): a blank's
/// height is written in them, as a number in binary. Classes, not a `style`
/// attribute, which a strict Content-Security-Policy refuses; not set from
/// an effect either, which may run after the browser painted.
const BLOCKS: [&str; 13] = [
    "cb-rows-1",
    "cb-rows-2",
    "cb-rows-4",
    "cb-rows-8",
    "cb-rows-16",
    "cb-rows-32",
    "cb-rows-64",
    "cb-rows-128",
    "cb-rows-256",
    "cb-rows-512",
    "cb-rows-1024",
    "cb-rows-2048",
    "cb-rows-4096",
];

/// The blocks that make `rows` rows: as many of the largest as fit, then
/// one of each smaller block the rest needs.
fn blocks(rows: usize) -> impl Iterator<Item = &'static str> {
    let largest = BLOCKS.len() - 1;
    let whole = rows >> largest;
    let rest = rows & ((1 << largest) - 1);
    std::iter::repeat_n(BLOCKS[largest], whole).chain(
        (0..largest)
            .filter(move |bit| rest & (1 << bit) != 0)
            .map(|bit| BLOCKS[bit]),
    )
}

/// A blank node, `rows` rows of cards tall. A function, not a component:
/// it holds no state, and is drawn once.
pub fn blank(rows: usize) -> Html {
    html! {
        <div class="cb-node cb-blank" aria-hidden="true">
            { for blocks(rows).map(|block| html! { <div class={block} /> }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blocks_add_up_to_the_rows() {
        let size = |block: &str| -> usize {
            block
                .trim_start_matches("cb-rows-")
                .parse()
                .expect("a number")
        };
        for rows in [0, 1, 2, 3, 37, 4095, 4096, 4097, 10_000, 70_001] {
            let total: usize = blocks(rows).map(size).sum();
            assert_eq!(total, rows);
        }
        assert_eq!(
            blocks(37).collect::<Vec<_>>(),
            ["cb-rows-1", "cb-rows-4", "cb-rows-32"]
        );
    }
}
