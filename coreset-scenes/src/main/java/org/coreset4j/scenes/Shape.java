package org.coreset4j.scenes;

/** Object shapes; {@link #classId()} is the value of the shape's pixels in the semantic mask. */
public enum Shape {
  SPHERE(1),
  CUBE(2),
  CYLINDER(3);

  /** Mask value of pixels where no object is hit (the ground plane). */
  public static final int BACKGROUND = 0;

  private final int classId;

  Shape(int classId) {
    this.classId = classId;
  }

  public int classId() {
    return classId;
  }

  /** The word used in captions, e.g. {@code sphere}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
