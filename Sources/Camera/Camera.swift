/// The Camera module of Kinora; see DESIGN.md.
public enum CameraModule {}
