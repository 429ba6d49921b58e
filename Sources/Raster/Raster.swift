/// The Raster module of Kinora; see DESIGN.md.
public enum RasterModule {}
