//! The bracket as a tree: each tie is drawn to the right of the ties that fed
//! it, and the stylesheet lays the tree out (`bracket.css`, "the tree").
//!
//! A node is a grid of a feeders column and a card column; its card sits at
//! the middle of its feeders, so a tie is always level with the middle of the
//! ties it joins, however tall an open tie makes them, and the joining lines
//! are drawn by the nodes themselves. Nothing is measured: the same markup
//! lays out at build time, before any script, and in the browser.
//!
//! Pure: built once per widget from the competition's `from` links, tested
//! natively.

use cup_bracket_core::ids::Ids;
use cup_bracket_core::model::Competition;

/// What a node of the tree draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Card {
    /// A tie or a bye, by flat index (rounds in order, ties in order).
    Tie(usize),
    /// Who went through the tie at this flat index, in the column after the
    /// competition's last round.
    Qualified(usize),
}

/// Which part of the line joining a node to the next one it draws: the
/// feeders of one node share a vertical line, each drawing its own stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    /// A root: its winner goes nowhere this bracket shows.
    None,
    /// The only feeder: a straight line.
    Only,
    /// The first of several: down from its middle.
    First,
    /// Between the first and the last: the line passes by.
    Middle,
    /// The last of several: up to its middle.
    Last,
}

/// One node of the tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// What it draws.
    pub card: Card,
    /// Its column: the shown round's position, the qualified column last.
    pub column: usize,
    /// The nodes it is fed by, in the order of the tie's teams.
    pub feeders: Vec<usize>,
    /// Empty columns before a node without feeders in a later column.
    pub lead: usize,
    /// Columns its line crosses to reach the node it feeds (rounds skipped).
    pub pass: usize,
    /// Its stretch of the joining line.
    pub join: Join,
    /// The node it feeds.
    pub parent: Option<usize>,
    /// One past the last node of its subtree: nodes are numbered in
    /// pre-order, so a subtree is the range `index..end`.
    pub end: usize,
    /// The row of its subtree's first card without feeders, counting those
    /// cards from the top: where the subtree starts, in cards.
    pub row: usize,
}

/// The tree of the rounds shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    /// Every node, in pre-order.
    pub nodes: Vec<Node>,
    /// The nodes no other node is fed by, top to bottom.
    pub roots: Vec<usize>,
    /// Round indices shown, one a column, in playing order.
    pub rounds: Vec<usize>,
    /// Whether the last column lists who went through the last round.
    pub qualified: bool,
    /// The node of each tie (by flat index), when its round is shown.
    pub node_of_tie: Vec<Option<usize>>,
    /// The qualified node of each tie of the last round, when shown.
    pub qualified_of_tie: Vec<Option<usize>>,
    /// How many cards have no feeders: the rows the tree takes, top to bottom.
    pub rows: usize,
    /// Whether each node is a chunk (`Tree::chunk`).
    chunks: Vec<bool>,
}

/// Something that can be drawn before a node is numbered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Item {
    Tie(usize),
    Qualified(usize),
}

impl Tree {
    /// The tree of `rounds` (indices into the competition's rounds; every
    /// round when `None`). The last column lists the qualified teams when
    /// the competition's last round is shown.
    pub fn new(competition: &Competition, rounds: Option<&[usize]>) -> Tree {
        let all_rounds = competition.rounds.len();
        let shown: Vec<usize> = match rounds {
            Some(list) => (0..all_rounds).filter(|r| list.contains(r)).collect(),
            None => (0..all_rounds).collect(),
        };
        // Flat index of each round's first tie, and each tie id's flat index.
        let mut starts = Vec::with_capacity(all_rounds + 1);
        let mut ids = Ids::new();
        let mut flat_of_id: Vec<usize> = Vec::new();
        let mut flat = 0;
        for round in &competition.rounds {
            starts.push(flat);
            for tie in &round.ties {
                if ids.insert(&tie.id).is_ok() {
                    flat_of_id.push(flat);
                }
                flat += 1;
            }
        }
        starts.push(flat);
        let ties = flat;
        let mut column_of: Vec<Option<usize>> = vec![None; ties];
        for (column, &round) in shown.iter().enumerate() {
            for slot in &mut column_of[starts[round]..starts[round + 1]] {
                *slot = Some(column);
            }
        }
        let last = all_rounds.checked_sub(1);
        let qualified = last.is_some_and(|last| shown.contains(&last));

        // Each tie is fed by the earlier shown ties its `from` names, each
        // tie feeding the first one that names it.
        let mut parent: Vec<Option<Item>> = vec![None; ties];
        let mut feeders: Vec<Vec<usize>> = vec![Vec::new(); ties];
        let all = competition.rounds.iter().flat_map(|round| &round.ties);
        for (flat, tie) in all.enumerate() {
            let Some(column) = column_of[flat] else {
                continue;
            };
            for id in tie.from.iter().flatten().flatten() {
                let Some(&feeder) = ids.get(id).and_then(|number| flat_of_id.get(number)) else {
                    continue;
                };
                let earlier = column_of[feeder].is_some_and(|c| c < column);
                if earlier && parent[feeder].is_none() {
                    parent[feeder] = Some(Item::Tie(flat));
                    feeders[flat].push(feeder);
                }
            }
        }
        if let Some(last) = last.filter(|_| qualified) {
            let range = starts[last]..starts[last + 1];
            for (flat, slot) in range.clone().zip(&mut parent[range]) {
                *slot = Some(Item::Qualified(flat));
            }
        }

        // Roots in the order their first tie comes in the file.
        let mut roots: Vec<Item> = Vec::new();
        for flat in (0..ties).filter(|&flat| column_of[flat].is_some()) {
            let mut item = Item::Tie(flat);
            while let Item::Tie(at) = item {
                match parent[at] {
                    Some(up) => item = up,
                    None => break,
                }
            }
            if !roots.contains(&item) {
                roots.push(item);
            }
        }

        let mut tree = Tree {
            nodes: Vec::with_capacity(ties + usize::from(qualified) * 16),
            roots: Vec::with_capacity(roots.len()),
            rounds: shown.clone(),
            qualified,
            node_of_tie: vec![None; ties],
            qualified_of_tie: vec![None; ties],
            rows: 0,
            chunks: Vec::new(),
        };
        let columns = shown.len();
        let column = |item: Item| match item {
            Item::Tie(flat) => column_of[flat].unwrap_or(0),
            Item::Qualified(_) => columns,
        };
        let children = |item: Item| match item {
            Item::Tie(flat) => feeders[flat].iter().map(|&f| Item::Tie(f)).collect(),
            Item::Qualified(flat) => vec![Item::Tie(flat)],
        };
        for root in roots {
            let node = tree.add(root, None, Join::None, &column, &children);
            tree.roots.push(node);
        }
        tree.chunks = tree.find_chunks();
        tree
    }

    /// Which nodes are chunks: from the last node up (pre-order puts a
    /// node's subtree after it), a node of at least `CHUNK_ROWS` rows with
    /// no chunk below it. Not a tie that is its next tie's only feeder:
    /// that one shares its rows with it (a subgrid), and its line reaches
    /// out of it; the tie it feeds may be one.
    fn find_chunks(&self) -> Vec<bool> {
        let mut chunks = vec![false; self.nodes.len()];
        let mut below = vec![false; self.nodes.len()];
        for index in (0..self.nodes.len()).rev() {
            let node = &self.nodes[index];
            below[index] = node
                .feeders
                .iter()
                .any(|&feeder| chunks[feeder] || below[feeder]);
            chunks[index] = matches!(node.card, Card::Tie(_))
                && node.join != Join::Only
                && self.rows_of(index) >= CHUNK_ROWS
                && !below[index];
        }
        chunks
    }

    /// Numbers `item` and its subtree in pre-order; its index.
    fn add(
        &mut self,
        item: Item,
        parent: Option<usize>,
        join: Join,
        column: &dyn Fn(Item) -> usize,
        children: &dyn Fn(Item) -> Vec<Item>,
    ) -> usize {
        let index = self.nodes.len();
        let own = column(item);
        let pass = parent
            .and_then(|p| self.nodes.get(p))
            .map_or(0, |p| p.column.saturating_sub(own + 1));
        let card = match item {
            Item::Tie(flat) => {
                self.node_of_tie[flat] = Some(index);
                Card::Tie(flat)
            }
            Item::Qualified(flat) => {
                self.qualified_of_tie[flat] = Some(index);
                Card::Qualified(flat)
            }
        };
        let below = children(item);
        self.nodes.push(Node {
            card,
            column: own,
            feeders: Vec::with_capacity(below.len()),
            lead: if below.is_empty() { own } else { 0 },
            pass,
            join,
            parent,
            end: index + 1,
            row: self.rows,
        });
        if below.is_empty() {
            self.rows += 1;
        }
        let count = below.len();
        for (position, child) in below.into_iter().enumerate() {
            let join = match (count, position) {
                (1, _) => Join::Only,
                (_, 0) => Join::First,
                (_, p) if p + 1 == count => Join::Last,
                _ => Join::Middle,
            };
            let node = self.add(child, Some(index), join, column, children);
            self.nodes[index].feeders.push(node);
        }
        let end = self.nodes.len();
        self.nodes[index].end = end;
        index
    }

    /// How many rows the subtree of node `index` takes (none for a node
    /// not in the tree).
    pub fn rows_of(&self, index: usize) -> usize {
        let Some(node) = self.nodes.get(index) else {
            return 0;
        };
        let next = self.nodes.get(node.end).map_or(self.rows, |next| next.row);
        next.saturating_sub(node.row)
    }

    /// How many columns the tree has: the rounds shown, and the qualified.
    pub fn columns(&self) -> usize {
        self.rounds.len() + usize::from(self.qualified)
    }

    /// The size of node `index`, as columns wide and rows tall, when it is
    /// a chunk: the lowest subtrees of at least `CHUNK_ROWS` rows, which the
    /// browser skips while out of view (`bracket.css`). A node is as wide as
    /// the columns up to its own, and those its line passes.
    pub fn chunk(&self, index: usize) -> Option<(usize, usize)> {
        let node = self.nodes.get(index)?;
        let chunk = self.chunks.get(index).copied().unwrap_or(false);
        chunk.then(|| (node.column + 1 + node.pass, self.rows_of(index)))
    }
}

/// The fewest rows of a chunk (`Tree::chunk`): a few screens' worth of
/// ties, so that an opened tie repaints little besides what shows, and few
/// enough chunks that each, a layer of its own, costs little.
pub const CHUNK_ROWS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::compiled_in;

    fn flat_of(competition: &Competition, id: &str) -> usize {
        competition
            .rounds
            .iter()
            .flat_map(|round| &round.ties)
            .position(|tie| tie.id == id)
            .expect("the tie is in the data")
    }

    /// Every chunk's invariants, and how many chunks the tree has.
    fn chunks_of(tree: &Tree) -> Vec<usize> {
        let chunks: Vec<usize> = (0..tree.nodes.len())
            .filter(|&index| tree.chunk(index).is_some())
            .collect();
        for &index in &chunks {
            let node = &tree.nodes[index];
            assert!(tree.rows_of(index) >= CHUNK_ROWS);
            assert!(matches!(node.card, Card::Tie(_)) && node.join != Join::Only);
            // None inside another.
            assert!(chunks
                .iter()
                .all(|&other| other == index || !(other..tree.nodes[other].end).contains(&index)));
        }
        chunks
    }

    #[test]
    fn chunks_are_the_lowest_subtrees_of_eight_rows_and_as_big_as_drawn() {
        // 64 teams: 32 rows of first-round ties; the round of 16's nodes
        // (the fourth column) have eight rows each.
        let competition = cup_bracket_core::generate::generate(64, 1).expect("generated");
        let tree = Tree::new(&competition, None);
        let chunks = chunks_of(&tree);
        assert_eq!(chunks.len(), 4);
        for &index in &chunks {
            assert_eq!(tree.nodes[index].column, 3);
            assert_eq!(tree.chunk(index), Some((4, 8)));
        }
        // Every first-round tie is in one.
        let in_chunks: usize = chunks.iter().map(|&index| tree.rows_of(index)).sum();
        assert_eq!(in_chunks, tree.rows);
        // The compiled-in competition: sixteen trees of four rows at most.
        let competition = compiled_in().expect("the compiled-in data");
        assert!(chunks_of(&Tree::new(&competition, None)).is_empty());
        // Rounds left out: the ties after a gap start subtrees of their own
        // (here of two rows, and of eight, whose only root feeds the
        // qualified column, so none), and the invariants hold.
        let competition = cup_bracket_core::generate::generate(256, 7).expect("generated");
        for (rounds, count) in [
            (&[0, 1, 2, 3][..], 16),
            (&[0, 1, 4, 5, 6, 7], 0),
            (&[2, 3, 4, 5, 6, 7], 4),
        ] {
            let tree = Tree::new(&competition, Some(rounds));
            assert_eq!(chunks_of(&tree).len(), count, "{rounds:?}");
        }
        // Ties whose only feeder has eight rows (their other team entering
        // there): the only feeder is no chunk, the tie is; and the round-3
        // ties that no longer feed them are roots of eight rows, chunks.
        let mut competition = cup_bracket_core::generate::generate(128, 1).expect("generated");
        for tie in &mut competition.rounds[4].ties {
            if let Some(from) = tie.from.as_mut() {
                from[1] = None;
            }
        }
        let tree = Tree::new(&competition, None);
        let mut sizes: Vec<(usize, Option<(usize, usize)>)> = chunks_of(&tree)
            .iter()
            .map(|&index| (tree.nodes[index].column, tree.chunk(index)))
            .collect();
        sizes.sort();
        assert_eq!(
            sizes,
            [[(3, Some((4, 8))); 4], [(4, Some((5, 8))); 4]].concat()
        );
    }

    #[test]
    fn each_tie_is_fed_by_the_ties_its_teams_came_from() {
        let competition = compiled_in().expect("the compiled-in data");
        let tree = Tree::new(&competition, None);
        // 52 ties, 12 byes and 16 qualified teams.
        assert_eq!(tree.nodes.len(), 52 + 12 + 16);
        assert_eq!(tree.roots.len(), 16);
        assert_eq!(tree.columns(), 4);
        let node = |id: &str| tree.node_of_tie[flat_of(&competition, id)].expect("shown");
        let first = node("as-kaloum-v-ir-tanger");
        let feeders: Vec<Card> = tree.nodes[first]
            .feeders
            .iter()
            .map(|&n| tree.nodes[n].card)
            .collect();
        assert_eq!(
            feeders,
            [
                Card::Tie(flat_of(&competition, "as-kaloum-bye")),
                Card::Tie(flat_of(&competition, "as-douanes-niamey-v-ir-tanger"))
            ]
        );
        let [bye, niamey] = [feeders[0], feeders[1]].map(|card| match card {
            Card::Tie(flat) => &tree.nodes[tree.node_of_tie[flat].expect("shown")],
            Card::Qualified(_) => unreachable!(),
        });
        assert_eq!((bye.join, niamey.join), (Join::First, Join::Last));
        assert_eq!((bye.column, bye.lead), (0, 0));
        let play_off = &tree.nodes[node("horoya-v-ir-tanger")];
        assert_eq!(play_off.feeders, [first]);
        assert_eq!(tree.nodes[first].join, Join::Only);
        let qualified = &tree.nodes[play_off.parent.expect("a qualified node")];
        assert!(matches!(qualified.card, Card::Qualified(_)));
        assert_eq!((qualified.column, qualified.join), (3, Join::None));
        // Pre-order: a subtree is a range, and every node is in one root's range.
        for (index, node) in tree.nodes.iter().enumerate() {
            for &feeder in &node.feeders {
                assert!(index < feeder && feeder < node.end);
                assert!(tree.nodes[feeder].end <= node.end);
            }
        }
        let covered: usize = tree.roots.iter().map(|&r| tree.nodes[r].end - r).sum();
        assert_eq!(covered, tree.nodes.len());
    }

    #[test]
    fn each_subtree_starts_at_the_row_of_its_first_card_without_feeders() {
        let competition = compiled_in().expect("the compiled-in data");
        let tree = Tree::new(&competition, None);
        // The 20 preliminary ties and 12 byes: one row each.
        assert_eq!(tree.rows, 32);
        let leaves: Vec<usize> = (0..tree.nodes.len())
            .filter(|&index| tree.nodes[index].feeders.is_empty())
            .collect();
        for (row, &leaf) in leaves.iter().enumerate() {
            assert_eq!(tree.nodes[leaf].row, row);
        }
        // A node starts where its first feeder does; roots top to bottom.
        for node in &tree.nodes {
            if let Some(&first) = node.feeders.first() {
                assert_eq!(node.row, tree.nodes[first].row);
            }
        }
        let starts: Vec<usize> = tree.roots.iter().map(|&r| tree.nodes[r].row).collect();
        assert!(starts.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(starts[0], 0);
        // A subtree's rows: its cards without feeders.
        for index in 0..tree.nodes.len() {
            let leaves = (index..tree.nodes[index].end)
                .filter(|&n| tree.nodes[n].feeders.is_empty())
                .count();
            assert_eq!(tree.rows_of(index), leaves);
        }
        let all: usize = tree.roots.iter().map(|&r| tree.rows_of(r)).sum();
        assert_eq!(all, tree.rows);
        assert_eq!(tree.rows_of(tree.nodes.len()), 0);
    }

    #[test]
    fn rounds_left_out_make_later_ties_start_their_own_paths() {
        let competition = compiled_in().expect("the compiled-in data");
        let tree = Tree::new(&competition, Some(&[1, 2]));
        assert_eq!(tree.columns(), 3);
        // First-round ties have no shown feeders, and start in the first column.
        assert_eq!(tree.nodes.len(), 16 + 16 + 16);
        assert!(tree.nodes.iter().all(|node| node.lead == 0));
        let only_preliminary = Tree::new(&competition, Some(&[0]));
        assert!(!only_preliminary.qualified);
        assert_eq!(only_preliminary.roots.len(), 32);
        // A play-off tie shown without its first round: it enters in the
        // second column, one empty column before it.
        let skipping = Tree::new(&competition, Some(&[0, 2]));
        let play_off =
            skipping.node_of_tie[flat_of(&competition, "horoya-v-ir-tanger")].expect("shown");
        assert_eq!(
            (
                skipping.nodes[play_off].column,
                skipping.nodes[play_off].lead
            ),
            (1, 1)
        );
    }

    #[test]
    fn a_feeder_rounds_before_its_tie_passes_the_columns_between() {
        let mut competition = compiled_in().expect("the compiled-in data");
        // The play-off tie names the preliminary tie as its feeder, and the
        // first-round tie no longer does.
        for tie in competition
            .rounds
            .iter_mut()
            .flat_map(|round| &mut round.ties)
        {
            if tie.id == "as-kaloum-v-ir-tanger" {
                tie.from = Some([Some("as-kaloum-bye".into()), None]);
            }
            if tie.id == "horoya-v-ir-tanger" {
                tie.from = Some([None, Some("as-douanes-niamey-v-ir-tanger".into())]);
            }
        }
        let tree = Tree::new(&competition, None);
        let niamey = tree.node_of_tie[flat_of(&competition, "as-douanes-niamey-v-ir-tanger")]
            .expect("shown");
        let parent = tree.nodes[niamey].parent.expect("fed");
        assert_eq!(tree.nodes[parent].column, 2);
        assert_eq!(tree.nodes[niamey].pass, 1);
        assert_eq!(tree.nodes[niamey].join, Join::Only);
    }
}
