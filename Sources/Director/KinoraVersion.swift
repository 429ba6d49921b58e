/// The release of Kinora, as the CLI reports it and the credentials name the generator.
public enum KinoraVersion {
    public static let string = "0.1.0"
}
