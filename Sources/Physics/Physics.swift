/// The Physics module of Kinora; see DESIGN.md.
public enum PhysicsModule {}
