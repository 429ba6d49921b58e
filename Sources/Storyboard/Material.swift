/// What a thing is made of. Physics reads density, bounce and friction from it; Sound
/// reads the sound of an impact; Raster reads roughness and sheen.
public enum Material: String, StoryboardEnum {
    case rubber, wood, metal, glass, plastic, stone, cardboard, cloth, flesh
    // Ground surfaces.
    case sand, grass, asphalt, concrete, snow, dirt, tile
    case water
}
