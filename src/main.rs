//! The `minipy` command line.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use clap::Parser;
use minipy::vm::INTERPRETER_STACK;
use minipy::{Config, Interpreter, Outcome};

/// minipy: a Python 3.11 subset interpreter whose memory management is real and visible.
#[derive(Parser, Debug)]
#[command(name = "minipy", version, about, long_about = None)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", conflicts_with = "module")]
    command: Option<String>,

    /// Run library module MODULE as a script (a package runs its `__main__`).
    #[arg(short = 'm', value_name = "MODULE")]
    module: Option<String>,

    /// Collect garbage at every safe point (the output must not change).
    #[arg(long)]
    gc_stress: bool,

    /// Start with automatic garbage collection disabled.
    #[arg(long)]
    gc_disabled: bool,

    /// Interactive prompt without the start-up banner.
    #[arg(short = 'q')]
    quiet: bool,

    /// Unbuffered standard output: written at every write, as with PYTHONUNBUFFERED.
    #[arg(short = 'u')]
    unbuffered: bool,

    /// Do not write compiled standard-library modules to the cache (see README,
    /// "The compiled-module cache"); what is cached is still read.
    #[arg(short = 'B')]
    dont_write_cache: bool,

    /// Cap the heap (e.g. 64M, 512K, 1G); allocations past it raise MemoryError.
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    max_heap: Option<usize>,

    /// Run untrusted code: no files, environment, clock or standard input, and imports
    /// limited to pure-computation modules (see README, "Embedding and sandbox").
    #[arg(long)]
    sandbox: bool,

    /// Stop the program after this many seconds of wall-clock time (TimeoutError).
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    max_time: Option<std::time::Duration>,

    /// Log every garbage collection (generation, objects examined, unreachable, time) to stderr.
    #[arg(long)]
    trace_gc: bool,

    /// Print a report of the heap at exit (arenas, pools, blocks per size class, live
    /// objects by type, collections).
    #[arg(long)]
    mem_report: bool,

    /// Profile every function of the program line by line and print memory_profiler's
    /// tables (exact heap figures) when it ends.
    #[arg(long)]
    profile_memory: bool,

    /// Write an allocation flame graph (SVG) of the memory live at the peak of heap use,
    /// by Python call stack (function and line); searchable and zoomable in a browser.
    #[arg(long, value_name = "OUT.svg")]
    flamegraph: Option<String>,

    /// With --flamegraph: show everything allocated during the run instead of the
    /// memory live at the peak.
    #[arg(long, requires = "flamegraph")]
    flamegraph_total: bool,

    /// Write a plot of heap in use over the run (SVG, or an HTML page when the name ends
    /// in .html): the peak marked, each garbage collection a tick in its generation's
    /// lane, the lines holding most memory at the peak listed beside it.
    #[arg(long, value_name = "OUT.svg|OUT.html")]
    mem_timeline: Option<String>,

    /// Print the bytecode of the program (with source lines) instead of running it.
    #[arg(long)]
    dis: bool,

    /// At exit, after teardown and a final collection, report objects that are still
    /// alive (exit status 3 when there are any).
    #[arg(long)]
    check_leaks: bool,

    /// Program file (`-` reads the program from standard input), then its arguments.
    #[arg(value_name = "FILE")]
    file: Option<String>,

    /// Arguments passed to the program in sys.argv.
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (num, mult) = match s.chars().last() {
        Some('K' | 'k') => (&s[..s.len() - 1], 1usize << 10),
        Some('M' | 'm') => (&s[..s.len() - 1], 1 << 20),
        Some('G' | 'g') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .ok_or_else(|| format!("invalid size '{s}' (expected e.g. 64M)"))
}

fn parse_seconds(s: &str) -> Result<std::time::Duration, String> {
    s.trim()
        .parse::<f64>()
        .ok()
        .and_then(|secs| std::time::Duration::try_from_secs_f64(secs).ok())
        .ok_or_else(|| format!("invalid number of seconds '{s}'"))
}

/// Long options that take a value (`--max-heap 64M` or `--max-heap=64M`).
const LONG_OPTIONS_WITH_VALUE: [&str; 4] =
    ["--max-heap", "--max-time", "--flamegraph", "--mem-timeline"];

/// Splits the command line where the program's own arguments begin, as CPython does:
/// options are minipy's only up to the script name (or `-c CODE`); everything after
/// belongs to the program, so `minipy tool.py -h` hands `-h` to the script's argparse.
/// Returns minipy's part (with the script name or the code) and the program's.
fn split_command_line(
    mut args: Vec<std::ffi::OsString>,
) -> (Vec<std::ffi::OsString>, Vec<std::ffi::OsString>) {
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].to_string_lossy();
        if arg == "--" {
            // What follows `--` is the script, then its arguments.
            i += 2;
            break;
        }
        if arg == "-" || !arg.starts_with('-') {
            i += 1;
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            let takes_value =
                !long.contains('=') && LONG_OPTIONS_WITH_VALUE.contains(&arg.as_ref());
            i += if takes_value { 2 } else { 1 };
            continue;
        }
        // Clustered short flags; `-c` ends minipy's options after its code, and `-m`
        // after its module name, which is the rest of this word or the next one.
        if let Some(pos) = arg.find(['c', 'm']) {
            i += if pos + 1 < arg.len() { 1 } else { 2 };
            break;
        }
        i += 1;
    }
    let rest = args.split_off(i.min(args.len()));
    (args, rest)
}

fn main() -> ExitCode {
    let (own, program_args) = split_command_line(std::env::args_os().collect());
    let mut cli = Cli::parse_from(own);
    cli.args = program_args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // The interpreter runs on a thread with a large stack: Python calls never recurse on
    // it, but nested calls from Rust into Python (repr, sort keys, ...) do.
    let handle = std::thread::Builder::new()
        .name("minipy".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(cli));
    // A signal sent to the process (`kill`, Ctrl-C) must reach the interpreter's thread,
    // which runs the program's handlers, not this one, which only waits.
    if handle.is_ok() {
        minipy::heap::libc_ffi::block_signals_in_this_thread();
    }
    let code = match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("minipy: internal error");
            70
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn run(cli: Cli) -> i32 {
    if let Some(module) = &cli.module {
        // `sys.argv[0]` is `-m` while the module is looked for (sys.path[0] is then the
        // current directory), then the module's file.
        let mut argv = vec!["-m".to_owned()];
        argv.extend(cli.file.iter().cloned());
        argv.extend(cli.args.iter().cloned());
        minipy::vm::catch_sigint();
        minipy::heap::libc_ffi::set_signal_disposition(libc::SIGXFSZ, true);
        let Some(mut interp) = Interpreter::new(config_from(&cli, argv)) else {
            eprintln!("minipy: cannot start the interpreter (out of memory)");
            return 1;
        };
        interp.set_profile_memory(cli.profile_memory);
        let profiling = cli.flamegraph.is_some() || cli.mem_timeline.is_some();
        if profiling {
            interp.vm().start_heap_profile();
        }
        let status = match interp.run_module(module) {
            Outcome::Finished => 0,
            Outcome::Exit(c) => c,
        };
        let status = if profiling {
            write_pictures(&cli, &mut interp, module).map_or(1, |()| status)
        } else {
            status
        };
        return finish_run(&cli, &mut interp, status);
    }
    let (source, filename, argv0) = if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_owned()];
        argv.extend(cli.file.iter().cloned());
        (code.clone(), "<string>".to_owned(), argv)
    } else if let Some(file) = &cli.file {
        let mut argv = vec![file.clone()];
        argv.extend(cli.args.iter().cloned());
        if file == "-" {
            match read_stdin() {
                Some(s) => (s, "<stdin>".to_owned(), argv),
                None => return 2,
            }
        } else {
            match std::fs::read(file) {
                Ok(bytes) => match minipy::syntax::decode_source(&bytes) {
                    // CPython names the main script by its absolute path (in tracebacks and
                    // `__file__`), while `sys.argv[0]` stays as typed.
                    Ok(s) => {
                        let path = std::path::Path::new(file);
                        let name = if path.is_absolute() {
                            file.clone()
                        } else {
                            std::env::current_dir()
                                .map(|d| d.join(path).display().to_string())
                                .unwrap_or_else(|_| file.clone())
                        };
                        (s, name, argv)
                    }
                    Err(e) => {
                        eprintln!("SyntaxError: {}", e.message(&cpython_abspath(file)));
                        return 1;
                    }
                },
                Err(e) => {
                    let abs = cpython_abspath(file);
                    if std::path::Path::new(file).is_dir() {
                        return refuse_directory(file, &abs);
                    }
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
                        _ => e.to_string(),
                    };
                    eprintln!("minipy: can't open file '{abs}': [Errno {errno}] {msg}");
                    return 2;
                }
            }
        }
    } else if std::io::stdin().is_terminal() {
        return minipy::repl::run(config_from(&cli, vec![String::new()]), !cli.quiet);
    } else {
        // Piped input is a program, as for CPython: no prompts, run as a file named
        // `<stdin>`, sys.argv == [''].
        match read_stdin() {
            Some(s) => (s, "<stdin>".to_owned(), vec![String::new()]),
            None => return 2,
        }
    };
    let mut args = argv0;
    if cli.command.is_some() {
        args.extend(cli.args.iter().cloned());
    }
    // Ctrl-C raises KeyboardInterrupt in the program; a write past the file size limit
    // fails with an error instead of ending the process (SIGPIPE is ignored already).
    minipy::vm::catch_sigint();
    minipy::heap::libc_ffi::set_signal_disposition(libc::SIGXFSZ, true);
    let Some(mut interp) = Interpreter::new(config_from(&cli, args)) else {
        eprintln!("minipy: cannot start the interpreter (out of memory)");
        return 1;
    };
    interp.set_profile_memory(cli.profile_memory);
    if cli.dis {
        return match interp.disassemble(&source, &filename) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(report) => {
                eprint!("{report}");
                1
            }
        };
    }
    let profiling = cli.flamegraph.is_some() || cli.mem_timeline.is_some();
    if profiling {
        interp.vm().start_heap_profile();
    }
    let status = match interp.run_main(&source, &filename) {
        Outcome::Finished => 0,
        Outcome::Exit(c) => c,
    };
    let status = if profiling {
        write_pictures(&cli, &mut interp, &filename).map_or(1, |()| status)
    } else {
        status
    };
    finish_run(&cli, &mut interp, status)
}

/// Tears the program down and reports what the options asked for; the exit status.
fn finish_run(cli: &Cli, interp: &mut Interpreter, status: i32) -> i32 {
    // Output that could not be written at exit makes the status 120, as in CPython.
    let status = if interp.finish() { status } else { 120 };
    if cli.mem_report {
        eprint!("{}", interp.memory_report());
    }
    if cli.check_leaks {
        let leaks = interp.leaked_objects();
        if !leaks.is_empty() {
            let total: usize = leaks.iter().map(|(_, n)| n).sum();
            eprintln!("minipy: {total} objects leaked:");
            for (name, n) in leaks {
                eprintln!("  {n:>8}  {name}");
            }
            return 3;
        }
    }
    if interp.interrupted() {
        return minipy::vm::exit_by_sigint();
    }
    status
}

/// Writes the pictures of the heap profile the options asked for.
fn write_pictures(cli: &Cli, interp: &mut Interpreter, filename: &str) -> Result<(), ()> {
    let Some(report) = interp.vm().finish_heap_profile() else {
        eprintln!("minipy: the heap profile was lost");
        return Err(());
    };
    let program = std::path::Path::new(filename)
        .file_name()
        .map_or_else(|| filename.to_owned(), |n| n.to_string_lossy().into_owned());
    let mut ok = true;
    if let Some(path) = &cli.flamegraph {
        let measure = if cli.flamegraph_total {
            minipy::pictures::flamegraph::Measure::Allocated
        } else {
            minipy::pictures::flamegraph::Measure::LiveAtPeak
        };
        let text = minipy::pictures::flamegraph::render(&report, measure, &program);
        ok &= write_picture(path, text);
    }
    if let Some(path) = &cli.mem_timeline {
        let text = if path.ends_with(".html") || path.ends_with(".htm") {
            minipy::pictures::timeline::render_html(&report, &program)
        } else {
            minipy::pictures::timeline::render_svg(&report, &program)
        };
        ok &= write_picture(path, text);
    }
    if ok { Ok(()) } else { Err(()) }
}

/// Writes one picture; says why when it cannot.
fn write_picture(path: &str, text: std::io::Result<String>) -> bool {
    match text.and_then(|t| std::fs::write(path, t)) {
        Ok(()) => true,
        Err(e) => {
            eprintln!("minipy: cannot write '{path}': {e}");
            false
        }
    }
}

/// A path made absolute as CPython reports it: the current directory joined to it as
/// typed, without normalising `.`, `..` or repeated slashes.
fn cpython_abspath(file: &str) -> String {
    if file.starts_with('/') {
        return file.to_owned();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{file}", d.display()),
        Err(_) => file.to_owned(),
    }
}

/// `minipy DIR`: CPython runs `DIR/__main__.py`; minipy does not run directories, and
/// says so in CPython's words when there is no `__main__.py` to run anyway.
fn refuse_directory(file: &str, abs: &str) -> i32 {
    if std::path::Path::new(file).join("__main__.py").is_file() {
        eprintln!(
            "minipy: can't run directory '{abs}': running a directory's __main__.py is not supported"
        );
        return 2;
    }
    eprintln!("minipy: can't find '__main__' module in '{abs}'");
    1
}

/// All of standard input, or None (after saying why) when it cannot be read as text.
fn read_stdin() -> Option<String> {
    let mut s = String::new();
    match std::io::stdin().read_to_string(&mut s) {
        Ok(_) => Some(s),
        Err(e) => {
            eprintln!("minipy: can't read standard input: {e}");
            None
        }
    }
}

fn config_from(cli: &Cli, argv: Vec<String>) -> Config {
    // The standard streams' encoding comes from the environment, as CPython's; a
    // setting CPython refuses at start-up ends the process as CPython's does.
    let stdio = match minipy::vm::StdioConfig::from_environment() {
        Ok(s) => minipy::vm::StdioConfig {
            unbuffered: s.unbuffered || cli.unbuffered,
            ..s
        },
        Err(e) => {
            eprint!("{e}");
            std::process::exit(1);
        }
    };
    Config {
        stdio,
        gc_stress: cli.gc_stress,
        gc_disabled: cli.gc_disabled,
        max_heap: cli.max_heap,
        trace_gc: cli.trace_gc,
        argv,
        policy: if cli.sandbox {
            minipy::vm::Policy::sandbox()
        } else {
            minipy::vm::Policy::default()
        },
        max_time: cli.max_time,
        // A sandboxed run touches no file, the cache's included.
        code_cache: if cli.sandbox {
            None
        } else {
            minipy::vm::CodeCacheConfig::from_environment(!cli.dont_write_cache)
        },
        ..Config::default()
    }
}
