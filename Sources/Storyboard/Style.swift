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
    /// Transparent washes on textured paper, pigment pooling at the edges of shapes.
    case watercolor
    /// A Japanese woodblock print: flat bands of muted colour, indigo outlines, warm paper.
    case ukiyoE = "ukiyo-e"
    /// Stop-motion clay: motion stepped to 12 poses a second, soft matte surfaces, warm light.
    case claymation
    /// Japanese animation: two-tone cel shading, vivid colours and skies, fine outlines.
    case anime
    /// Neon noir: teal shadows, magenta highlights, hard contrast, glowing lights.
    case cyberpunk
    /// A dream: shifted hues, a soft glow over everything.
    case surreal
    /// Oil on canvas: short, dense, thick strokes that catch the light.
    case oil
    /// Impressionist brushwork ("Van Gogh style"): long strokes of broken colour that follow
    /// the shapes and curl.
    case impressionist
    /// A clean 3D render in a studio: seamless grey backdrop, soft neutral key light, no haze.
    case studio
}
