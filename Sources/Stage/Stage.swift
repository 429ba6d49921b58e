/// The Stage module of Kinora; see DESIGN.md.
public enum StageModule {}
