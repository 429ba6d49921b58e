/// The Director module of Kinora; see DESIGN.md.
public enum DirectorModule {}
