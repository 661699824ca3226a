//! `cup-bracket validate FILE`, `cup-bracket outcomes FILE`, `cup-bracket import ARTICLE.wiki`.

fn main() {
    eprintln!("cup-bracket: not written yet");
    std::process::exit(2);
}
