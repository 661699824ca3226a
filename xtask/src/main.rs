//! Project automation: `cargo xtask serve | test | bench`.

fn main() {
    eprintln!("xtask: not written yet");
    std::process::exit(2);
}
