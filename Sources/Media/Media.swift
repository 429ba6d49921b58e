/// The Media module of Kinora; see DESIGN.md.
public enum MediaModule {}
