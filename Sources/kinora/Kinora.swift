@main
struct Kinora {
    static func main() {}
}
