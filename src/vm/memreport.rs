//! What the memory options print: the `--trace-gc` line per collection, the
//! `--mem-report` summary at exit, and the `--check-leaks` audit.

use std::fmt::Write;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::heap::{CollectStats, Obj};

use super::Vm;

impl Vm {
    /// `--trace-gc`: one line per collection on stderr.
    pub(crate) fn trace_collection(&mut self, stats: &CollectStats, micros: u128) {
        self.flush_stdout();
        eprintln!(
            "gc: generation {}: {} objects examined, {} unreachable, {} resurrected, {} us",
            stats.generation, stats.examined, stats.unreachable, stats.resurrected, micros
        );
    }

    /// `--mem-report`: the heap at exit.
    pub fn memory_report(&self) -> String {
        let mut out = String::new();
        let st = self.heap.allocator().stats();
        let _ = writeln!(out, "== minipy memory report ==");
        let _ = writeln!(
            out,
            "arenas: {} in use (peak {}), {} allocated in total, {} returned to the system",
            st.arenas_current, st.arenas_peak, st.arenas_allocated_total, st.arenas_freed_total
        );
        let external = if st.external_bytes_in_use > 0 {
            format!(", {} in big ints' digits", st.external_bytes_in_use)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "bytes: {} in use ({} in pools, {} in large blocks{external}), {} reserved, peak {}",
            st.bytes_in_use,
            st.small_bytes_in_use,
            st.large_bytes_in_use,
            st.bytes_reserved,
            st.peak_bytes_in_use
        );
        let _ = writeln!(
            out,
            "blocks: {} allocations, {} frees",
            st.allocations_total, st.frees_total
        );
        let _ = writeln!(out);
        let _ = st.write_report(&mut out);
        let _ = writeln!(out);
        let _ = writeln!(out, "live objects by type:");
        for (name, n) in self.heap.live_by_type() {
            let _ = writeln!(out, "  {n:>8}  {name}");
        }
        let gstats = self.heap.gc.stats();
        let _ = writeln!(out);
        let _ = writeln!(out, "collections per generation:");
        let mut collected = 0;
        for (g, s) in gstats.iter().enumerate() {
            collected += s.collected;
            let _ = writeln!(
                out,
                "  generation {g}: {} collections, {} objects collected",
                s.collections, s.collected
            );
        }
        let _ = writeln!(out, "objects collected in total: {collected}");
        out
    }

    /// The objects still alive that nothing the interpreter holds can reach, by type.
    /// Called after teardown: anything left but the start-up objects is a leak.
    pub fn leaked_objects(&mut self) -> Vec<(&'static str, usize)> {
        let mut roots: Vec<Obj> = Vec::new();
        roots.extend(self.types.all().iter().cloned());
        roots.extend(self.types.iter_variant_types().iter().cloned());
        roots.push(self.types.coroutine.clone());
        roots.push(self.types.async_generator.clone());
        roots.extend([
            self.types.wrapper_descriptor.clone(),
            self.types.method_wrapper.clone(),
            self.types.method_descriptor.clone(),
            self.types.classmethod_descriptor.clone(),
        ]);
        roots.extend(self.exc.all().into_iter().map(|(_, c)| c));
        roots.extend([
            self.s.none.clone(),
            self.s.true_.clone(),
            self.s.false_.clone(),
            self.s.not_implemented.clone(),
            self.s.ellipsis.clone(),
            self.s.null.clone(),
            self.s.empty_tuple.clone(),
            self.s.empty_str.clone(),
            self.s.memory_error.clone(),
            self.builtins.clone(),
            self.modules.clone(),
        ]);
        roots.extend(self.small_ints.iter().cloned());
        roots.extend(self.latin1.iter().cloned());
        roots.extend(self.interned.values().cloned());
        // Classes made on first use live as long as the interpreter, like start-up ones.
        roots.extend(self.lazy_types.values().cloned());
        roots.extend(self.native_types.values().cloned());
        let mut seen: FxHashSet<usize> = FxHashSet::default();
        let mut reachable: FxHashMap<&'static str, usize> = FxHashMap::default();
        let mut work = roots;
        while let Some(o) = work.pop() {
            if !seen.insert(o.addr()) {
                continue;
            }
            *reachable.entry(o.vtable().name).or_default() += 1;
            o.traverse(&mut |c| {
                if !seen.contains(&c.addr()) {
                    work.push(c.clone());
                }
            });
        }
        // The roots list and traversal took references of their own; they are gone now.
        let mut leaks = Vec::new();
        for (name, live) in self.heap.live_by_type() {
            let reach = reachable.get(name).copied().unwrap_or(0);
            if live > reach {
                leaks.push((name, live - reach));
            }
        }
        leaks
    }
}
