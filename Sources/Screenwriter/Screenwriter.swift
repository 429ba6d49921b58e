/// The Screenwriter module of Kinora; see DESIGN.md.
public enum ScreenwriterModule {}
