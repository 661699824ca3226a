//! What each team of an open tie needs in the tie's last leg: "Win by 2
//! goals or more, or win 1–0 and then the shoot-out."
//!
//! Exact, and never worked out on the side: [`needs`] plays every score of
//! the remaining leg through [`rules::decide`](crate::rules::decide) (and,
//! where the score leaves the tie level, every extra time and both shoot-out
//! winners), then sums the table up as a [`Need`] for each team. A table the
//! summary cannot describe exactly gives no need at all, never a wrong one.
//! [`Need::sentence`] writes a need out in the article's words,
//! [`Need::sentence_in`] in French or Arabic too.

mod sentence;

use crate::lang::Lang;
use crate::model::{MatchStatus, Rules, Score, Tie};
use crate::rules::{decide, Slot};

/// Goals in extra time tried for each side: a drawn extra time with goals
/// (1–1) and without (0–0), a win and a defeat, and a few more to check
/// that nothing changes past them.
const EXTRA_TIME_GOALS: u8 = 3;

/// The fewest goals of the remaining leg tried for each side; more when the
/// tie's numbers need more to show every change (see [`needs`]).
const LEAST_GOALS: u32 = 9;

/// What a result of the remaining leg leads to, for one team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// The team goes through.
    Through,
    /// The team goes out.
    Out,
    /// Level after 90 minutes: extra time decides (see [`Then::ExtraTime`]).
    ExtraTime,
    /// Level: the shoot-out decides; its winner goes through.
    Shootout,
    /// Level, and the rules have nothing more to decide it with.
    Undecided,
}

/// Results of the remaining leg's 90 minutes that share a margin, seen from
/// one team: its goals from `from` up to `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Results {
    /// The team's goals minus the opponent's: 1 a one-goal win, 0 a draw,
    /// −1 a one-goal defeat.
    pub margin: i32,
    /// The fewest goals the team scores in these results.
    pub from: u32,
    /// The most, or `None` for no limit.
    pub to: Option<u32>,
}

impl Results {
    /// The fewest goals a team can score in a result of this margin.
    pub fn least(margin: i32) -> u32 {
        margin.max(0).unsigned_abs()
    }

    /// Whether `goals` (the team's, the opponent's) is one of these results.
    pub fn contains(&self, goals: [u32; 2]) -> bool {
        margin(goals) == i64::from(self.margin)
            && goals[0] >= self.from
            && self.to.is_none_or(|to| goals[0] <= to)
    }
}

/// The team's goals minus the opponent's.
fn margin(goals: [u32; 2]) -> i64 {
    i64::from(goals[0]) - i64::from(goals[1])
}

/// What a drawn extra time in which goals were scored (1–1, 2–2 …) does for
/// the team: under away goals that count in extra time, the visitor's goals
/// in it settle the tie.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScoreDraw {
    /// It takes the team through (the visitor, under away goals in extra time).
    Through,
    /// It puts the team out (the host, under away goals in extra time).
    Out,
    /// The same as a goalless extra time.
    AsGoalless,
}

/// What follows the results that leave the tie level after 90 minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Then {
    /// Extra time: winning it takes the team through; a drawn one as
    /// `score_draw` says; a goalless one goes to the shoot-out where the
    /// rules have one (`shootout`), else decides nothing.
    ExtraTime {
        /// What a drawn extra time with goals does.
        score_draw: ScoreDraw,
        /// Whether a shoot-out follows a level extra time.
        shootout: bool,
    },
    /// The shoot-out, straight after 90 minutes.
    Shootout,
    /// Nothing: the rules leave such a tie undecided.
    Nothing,
}

/// What one team needs in its tie's last leg.
///
/// A result of that leg's 90 minutes takes the team through when its margin
/// (its goals minus the opponent's) is `win_by` or more, or when it is one
/// of `also`; after one of `level`, what `then` says decides; any other
/// puts the team out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Need {
    /// Whether the team hosts the remaining leg.
    pub at_home: bool,
    /// The smallest margin that takes the team through whatever the goals:
    /// 2 "win by 2 goals or more", 0 "anything but a defeat".
    pub win_by: i32,
    /// Results one goal short of `win_by` that take the team through as well
    /// (away goals): "a one-goal defeat in which they score".
    pub also: Option<Results>,
    /// Results that leave the tie level after 90 minutes.
    pub level: Option<Results>,
    /// What decides after `level`.
    pub then: Then,
}

impl Need {
    /// What 90 minutes ending `goals` (the team's, the opponent's) lead to.
    pub fn after_90(&self, goals: [u32; 2]) -> Verdict {
        if margin(goals) >= i64::from(self.win_by)
            || self.also.is_some_and(|also| also.contains(goals))
        {
            return Verdict::Through;
        }
        if self.level.is_some_and(|level| level.contains(goals)) {
            return match self.then {
                Then::ExtraTime { .. } => Verdict::ExtraTime,
                Then::Shootout => Verdict::Shootout,
                Then::Nothing => Verdict::Undecided,
            };
        }
        Verdict::Out
    }

    /// What the leg leads to when its 90 minutes end `goals` and `extra`
    /// more are scored in extra time (both the team's, then the opponent's);
    /// `extra` counts only where 90 minutes lead to extra time.
    pub fn after_extra_time(&self, goals: [u32; 2], extra: [u32; 2]) -> Verdict {
        let after_90 = self.after_90(goals);
        let Then::ExtraTime {
            score_draw,
            shootout,
        } = self.then
        else {
            return after_90;
        };
        if after_90 != Verdict::ExtraTime {
            return after_90;
        }
        let level = if shootout {
            Verdict::Shootout
        } else {
            Verdict::Undecided
        };
        match extra[0].cmp(&extra[1]) {
            std::cmp::Ordering::Greater => Verdict::Through,
            std::cmp::Ordering::Less => Verdict::Out,
            std::cmp::Ordering::Equal if extra[0] == 0 => level,
            std::cmp::Ordering::Equal => match score_draw {
                ScoreDraw::Through => Verdict::Through,
                ScoreDraw::Out => Verdict::Out,
                ScoreDraw::AsGoalless => level,
            },
        }
    }

    /// The need in the article's words, first letter capitalised: "Win by 2
    /// goals or more, or win 1–0 and then the shoot-out."
    pub fn sentence(&self) -> String {
        sentence::sentence(self, Lang::En)
    }

    /// The need in `lang`: "Gagner par 2 buts d'écart ou plus, ou gagner
    /// 1–0 puis passer par les tirs au but.", "الفوز بفارق هدفين أو أكثر،
    /// أو الفوز 1–0 ثم ركلات الترجيح."
    pub fn sentence_in(&self, lang: Lang) -> String {
        sentence::sentence(self, lang)
    }
}

/// What decides a result that leaves the tie level, from the home team's
/// side, as found by deciding the tie with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    /// Extra time, and what its results do: for the home team, a drawn
    /// extra time with goals, and whether a goalless one goes to the
    /// shoot-out.
    ExtraTime {
        score_draw: Verdict,
        goalless: Verdict,
    },
    /// Straight to the shoot-out.
    Shootout,
    /// Nothing.
    Undecided,
}

/// One result of the remaining leg's 90 minutes, from the home team's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cell {
    /// Decided: the home team through (`true`) or out.
    Decided(bool),
    /// Level after 90 minutes.
    Level(Level),
}

/// The tie with its last leg played as given, and who goes through.
struct Trial<'a> {
    tie: Tie,
    rules: &'a Rules,
    home: Slot,
}

impl Trial<'_> {
    /// Whether the home team goes through (`Some(true)`), goes out, or the
    /// tie stays undecided (`None`).
    fn play(&mut self, score: Score, extra: Option<Score>, kicks: Option<Score>) -> Option<bool> {
        let leg = self.tie.legs.last_mut()?;
        leg.status = MatchStatus::Played;
        leg.score = Some(score);
        leg.extra_time_score = extra;
        leg.penalties = kicks;
        decide(&self.tie, self.rules)
            .winner
            .map(|winner| winner == self.home)
    }

    /// Whether a shoot-out after this leg decides the tie, each way round.
    fn shootout_decides(&mut self, score: Score, extra: Option<Score>) -> bool {
        self.rules.penalties
            && self.play(score, extra, Some([1, 0])) == Some(true)
            && self.play(score, extra, Some([0, 1])) == Some(false)
    }

    /// What a level result of 90 minutes leads to; `None` when extra time
    /// does not behave as extra time (the tie is left without a need).
    fn level(&mut self, score: Score) -> Option<Level> {
        if !self.rules.extra_time {
            return Some(if self.shootout_decides(score, None) {
                Level::Shootout
            } else {
                Level::Undecided
            });
        }
        let mut score_draw = None;
        let mut goalless = None;
        for home in 0..=EXTRA_TIME_GOALS {
            for away in 0..=EXTRA_TIME_GOALS {
                let full = [score[0].saturating_add(home), score[1].saturating_add(away)];
                let verdict = match self.play(score, Some(full), None) {
                    Some(true) => Verdict::Through,
                    Some(false) => Verdict::Out,
                    None if self.shootout_decides(score, Some(full)) => Verdict::Shootout,
                    None => Verdict::Undecided,
                };
                let expected = match home.cmp(&away) {
                    std::cmp::Ordering::Greater => Some(Verdict::Through),
                    std::cmp::Ordering::Less => Some(Verdict::Out),
                    std::cmp::Ordering::Equal => None,
                };
                let slot = match (expected, home) {
                    (Some(expected), _) if expected == verdict => continue,
                    (Some(_), _) => return None,
                    (None, 0) => &mut goalless,
                    (None, _) => &mut score_draw,
                };
                if slot.is_some_and(|seen| seen != verdict) {
                    return None;
                }
                *slot = Some(verdict);
            }
        }
        Some(Level::ExtraTime {
            score_draw: score_draw?,
            goalless: goalless?,
        })
    }
}

/// What each team of `tie` needs in its last leg, in `tie.teams` order:
/// `Some` exactly when that leg is the only one still to play (scheduled),
/// every earlier leg counts, both teams are known and nothing (a walkover)
/// has decided the tie already.
pub fn needs(tie: &Tie, rules: &Rules) -> Option<[Need; 2]> {
    let [first, _] = tie.known_teams()?;
    let teams = tie.teams.as_ref()?;
    let legs = usize::from(rules.legs.clamp(1, 2));
    let (last, earlier) = tie.legs.split_last()?;
    let ready = tie.walkover.is_none()
        && tie.legs.len() == legs
        && last.status == MatchStatus::Scheduled
        && earlier
            .iter()
            .all(|leg| leg.status.counts() && leg.score.is_some());
    if !ready {
        return None;
    }
    let home = Slot::find(teams, last.home.as_deref()?)?;
    let away = Slot::find(teams, last.away.as_deref()?)?;
    let now = decide(tie, rules);
    if home == away || now.is_decided() {
        return None;
    }
    // Every change in the table lies within the goals that the aggregate and
    // the away goals so far can make up, so a few past them show them all.
    let spread = |pair: Option<[u32; 2]>| pair.map_or(0, |[a, b]| a.abs_diff(b));
    let top = (spread(now.aggregate) + spread(now.away_goals) + 3).clamp(LEAST_GOALS, 255);
    let top = u8::try_from(top).unwrap_or(u8::MAX);
    let mut trial = Trial {
        tie: tie.clone(),
        rules,
        home,
    };
    let size = usize::from(top) + 1;
    let mut table = Vec::with_capacity(size * size);
    for goals_home in 0..=top {
        for goals_away in 0..=top {
            let score = [goals_home, goals_away];
            let cell = match trial.play(score, None, None) {
                Some(through) => Cell::Decided(through),
                None => Cell::Level(trial.level(score)?),
            };
            table.push(cell);
        }
    }
    let table = Table {
        cells: table,
        top: u32::from(top),
    };
    let home_need = table.need(true)?;
    let away_need = table.need(false)?;
    Some(if first == teams[home.index()].as_deref()? {
        [home_need, away_need]
    } else {
        [away_need, home_need]
    })
}

/// Every result of the remaining leg's 90 minutes, home goals by away goals.
struct Table {
    cells: Vec<Cell>,
    /// The most goals tried for each side.
    top: u32,
}

/// One result of a margin's line, from one team's side.
#[derive(Clone, Copy)]
struct Point {
    /// The team's goals.
    goals: u32,
    verdict: Verdict,
    /// What follows, when the result leaves the tie level.
    level: Option<Level>,
}

impl Table {
    /// What `goals` (the team's, the opponent's) lead to for the home team
    /// (`home`) or the visitor, and what follows a level result, from that
    /// team's side.
    fn point(&self, home: bool, goals: [u32; 2]) -> Option<Point> {
        let [home_goals, away_goals] = if home { goals } else { [goals[1], goals[0]] };
        if home_goals > self.top || away_goals > self.top {
            return None;
        }
        let index = usize::try_from(home_goals * (self.top + 1) + away_goals).ok()?;
        let flip = |verdict: Verdict| match (home, verdict) {
            (false, Verdict::Through) => Verdict::Out,
            (false, Verdict::Out) => Verdict::Through,
            (true, verdict)
            | (false, verdict @ (Verdict::ExtraTime | Verdict::Shootout | Verdict::Undecided)) => {
                verdict
            }
        };
        let (verdict, level) = match *self.cells.get(index)? {
            Cell::Decided(true) => (flip(Verdict::Through), None),
            Cell::Decided(false) => (flip(Verdict::Out), None),
            Cell::Level(Level::ExtraTime {
                score_draw,
                goalless,
            }) => (
                Verdict::ExtraTime,
                Some(Level::ExtraTime {
                    score_draw: flip(score_draw),
                    goalless: flip(goalless),
                }),
            ),
            Cell::Level(level @ Level::Shootout) => (Verdict::Shootout, Some(level)),
            Cell::Level(level @ Level::Undecided) => (Verdict::Undecided, Some(level)),
        };
        Some(Point {
            goals: goals[0],
            verdict,
            level,
        })
    }

    /// The results of one margin, by the team's goals, fewest first.
    fn line(&self, home: bool, margin: i64) -> Option<Vec<Point>> {
        let top = i64::from(self.top);
        let fewest = margin.max(0);
        let most = top.min(top + margin);
        (fewest..=most)
            .map(|goals| {
                let ours = u32::try_from(goals).ok()?;
                let theirs = u32::try_from(goals - margin).ok()?;
                self.point(home, [ours, theirs])
            })
            .collect()
    }

    /// The table summed up for the home team (`home`) or the visitor; `None`
    /// when the summary would not give back every result of the table.
    fn need(&self, home: bool) -> Option<Need> {
        let top = i64::from(self.top);
        let mut win_by = None;
        for margin in (-top..=top).rev() {
            let line = self.line(home, margin)?;
            if line.iter().all(|point| point.verdict == Verdict::Through) {
                win_by = Some(margin);
            } else {
                break;
            }
        }
        let edge = win_by? - 1;
        let line = self.line(home, edge)?;
        let most = u32::try_from(top.min(top + edge)).ok()?;
        let results = |points: Vec<u32>| -> Option<Option<Results>> {
            let (Some(&from), Some(&to)) = (points.first(), points.last()) else {
                return Some(None);
            };
            let contiguous = points.windows(2).all(|pair| pair[1] == pair[0] + 1);
            contiguous.then_some(Some(Results {
                margin: i32::try_from(edge).ok()?,
                from,
                to: (to < most).then_some(to),
            }))
        };
        let through = line
            .iter()
            .filter(|point| point.verdict == Verdict::Through)
            .map(|point| point.goals)
            .collect();
        let level: Vec<Point> = line
            .iter()
            .copied()
            .filter(|point| point.level.is_some())
            .collect();
        let then = match level.first().and_then(|point| point.level) {
            None | Some(Level::Undecided) => Then::Nothing,
            Some(Level::Shootout) => Then::Shootout,
            Some(Level::ExtraTime {
                score_draw,
                goalless,
            }) => Then::ExtraTime {
                score_draw: match (score_draw, goalless) {
                    (draw, goalless) if draw == goalless => ScoreDraw::AsGoalless,
                    (Verdict::Through, _) => ScoreDraw::Through,
                    (Verdict::Out, _) => ScoreDraw::Out,
                    (Verdict::ExtraTime | Verdict::Shootout | Verdict::Undecided, _) => {
                        return None
                    }
                },
                shootout: goalless == Verdict::Shootout,
            },
        };
        let need = Need {
            at_home: home,
            win_by: i32::try_from(win_by?).ok()?,
            also: results(through)?,
            level: results(level.iter().map(|point| point.goals).collect())?,
            then,
        };
        self.gives_back(home, &need).then_some(need)
    }

    /// Whether `need` says what the table says of every result, extra time
    /// included.
    fn gives_back(&self, home: bool, need: &Need) -> bool {
        let extra_times = (0..=u32::from(EXTRA_TIME_GOALS))
            .flat_map(|ours| (0..=u32::from(EXTRA_TIME_GOALS)).map(move |theirs| [ours, theirs]));
        (0..=self.top)
            .flat_map(|ours| (0..=self.top).map(move |theirs| [ours, theirs]))
            .all(|goals| {
                let Some(point) = self.point(home, goals) else {
                    return false;
                };
                if need.after_90(goals) != point.verdict {
                    return false;
                }
                let Some(Level::ExtraTime {
                    score_draw,
                    goalless,
                }) = point.level
                else {
                    return true;
                };
                extra_times.clone().all(|extra| {
                    let expected = match extra[0].cmp(&extra[1]) {
                        std::cmp::Ordering::Greater => Verdict::Through,
                        std::cmp::Ordering::Less => Verdict::Out,
                        std::cmp::Ordering::Equal if extra[0] == 0 => goalless,
                        std::cmp::Ordering::Equal => score_draw,
                    };
                    need.after_extra_time(goals, extra) == expected
                })
            })
    }
}
