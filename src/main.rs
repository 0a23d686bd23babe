fn main() {
    println!("minipy");
}
