/// The Motion module of Kinora; see DESIGN.md.
public enum MotionModule {}
