//! The instruction and time budget of a run (`max_instructions`, `max_time`).
//!
//! Counting every instruction would cost the dispatch loop a decrement per
//! instruction; instead the budget is charged where the loop already stops to look at
//! the world (safe points): a backward jump charges the length of the loop body it
//! closes, a call of a Python function one, and `Vm::next` one per item (so
//! builtins that drain an endless iterator, `sum(itertools.count())`, are stopped too).
//! Straight-line code between those points is not counted, so the count is an
//! approximation of CPython-style instructions, never more than one function body short
//! per call.
//!
//! The hot path only decrements `ticks` and tests its sign; `Vm::budget_check` (cold)
//! adds up what was used, compares with the limits, reads the clock at most every
//! `TIME_SLICE` ticks, and refills. Once a limit is exceeded it stays exceeded: every
//! later check raises TimeoutError again, so `except BaseException: pass` around an
//! endless loop cannot escape, and the embedding API reports the limit even when the
//! program caught the exception.

use std::time::{Duration, Instant};

use super::{PyResult, Vm};

/// Ticks between two readings of the clock when a time limit is set.
const TIME_SLICE: i64 = 20_000;
/// Ticks granted when no limit is set: checks are then rare enough to cost nothing.
const UNLIMITED_SLICE: i64 = i64::MAX / 4;

/// Which limit stopped the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetKind {
    /// `max_instructions`.
    Instructions,
    /// `max_time`.
    Time,
}

pub(crate) struct Budget {
    /// Ticks left before the next check; a check is due when it goes negative.
    pub(crate) ticks: i64,
    /// Ticks granted at the last refill (`granted - ticks` were used since).
    granted: i64,
    /// Ticks used before the last refill.
    used: u64,
    max_instructions: Option<u64>,
    max_time: Option<Duration>,
    deadline: Option<Instant>,
    /// Set once a limit is exceeded; it stays set until the budget is restarted.
    exhausted: Option<BudgetKind>,
}

impl Budget {
    pub(crate) fn new(max_instructions: Option<u64>, max_time: Option<Duration>) -> Budget {
        let mut b = Budget {
            ticks: 0,
            granted: 0,
            used: 0,
            max_instructions,
            max_time,
            deadline: None,
            exhausted: None,
        };
        b.restart();
        b
    }

    /// A fresh budget: nothing used, the time limit counted from now.
    pub(crate) fn restart(&mut self) {
        self.used = 0;
        self.exhausted = None;
        self.deadline = self.max_time.map(|t| Instant::now() + t);
        self.refill();
    }

    fn refill(&mut self) {
        let mut slice = UNLIMITED_SLICE;
        if let Some(max) = self.max_instructions {
            let left = max.saturating_sub(self.used);
            slice = slice.min(i64::try_from(left).unwrap_or(i64::MAX));
        }
        if self.deadline.is_some() {
            slice = slice.min(TIME_SLICE);
        }
        self.granted = slice;
        self.ticks = slice;
    }

    /// Adds up the ticks used since the last refill, then finds whether a limit is
    /// exceeded.
    fn account(&mut self) -> Option<BudgetKind> {
        let spent = self.granted.saturating_sub(self.ticks).max(0) as u64;
        self.used = self.used.saturating_add(spent);
        self.granted = 0;
        self.ticks = 0;
        if self.exhausted.is_none() {
            if self.max_instructions.is_some_and(|max| self.used > max) {
                self.exhausted = Some(BudgetKind::Instructions);
            } else if self.deadline.is_some_and(|d| Instant::now() >= d) {
                self.exhausted = Some(BudgetKind::Time);
            }
        }
        if self.exhausted.is_none() {
            self.refill();
        }
        self.exhausted
    }
}

impl Vm {
    /// Called when `budget.ticks` went negative: raises TimeoutError when a limit is
    /// exceeded (and at every later check), otherwise grants the next slice.
    #[cold]
    #[inline(never)]
    pub(crate) fn budget_check(&mut self) -> PyResult<()> {
        let Some(kind) = self.budget.account() else {
            return Ok(());
        };
        let msg = match kind {
            BudgetKind::Instructions => format!(
                "instruction limit exceeded ({} instructions)",
                self.budget.max_instructions.unwrap_or(0)
            ),
            BudgetKind::Time => format!(
                "time limit exceeded ({} s)",
                self.budget.max_time.map_or(0.0, |t| t.as_secs_f64())
            ),
        };
        let cls = self.exc.timeout_error.clone();
        Err(self.new_exception_msg(&cls, &msg))
    }

    /// Charges `n` ticks outside the dispatch loop (iterator steps).
    #[inline(always)]
    pub(crate) fn budget_charge(&mut self, n: i64) -> PyResult<()> {
        self.budget.ticks -= n;
        if self.budget.ticks < 0 {
            return self.budget_check();
        }
        Ok(())
    }

    /// Starts a fresh budget (each run of the embedding API gets the whole budget).
    pub fn restart_budget(&mut self) {
        self.budget.restart();
    }

    /// The limit the program exceeded since the budget was last restarted, if any.
    pub fn budget_exhausted(&self) -> Option<BudgetKind> {
        self.budget.exhausted
    }

    /// Instructions counted since the budget was last restarted.
    pub fn instructions_used(&self) -> u64 {
        let spent = self.budget.granted.saturating_sub(self.budget.ticks).max(0) as u64;
        self.budget.used.saturating_add(spent)
    }
}
