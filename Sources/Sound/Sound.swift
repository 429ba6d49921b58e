/// The Sound module of Kinora; see DESIGN.md.
public enum SoundModule {}
