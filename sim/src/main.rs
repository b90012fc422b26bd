fn main() {
    eprintln!("cf-sim: not built yet");
    std::process::exit(2);
}
