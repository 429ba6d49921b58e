/// The look of the film. A style changes how frames look, never what happens in them.
public enum Style: String, StoryboardEnum {
    /// Physically based look with filmic tone mapping and a gentle grade.
    case cinematic
    /// Flat banded (toon) shading with dark outlines.
    case cartoon
    /// Black and white, hard contrast, vignette.
    case noir
    /// Low-resolution blocks with a small palette.
    case pixelArt = "pixel-art"
}
