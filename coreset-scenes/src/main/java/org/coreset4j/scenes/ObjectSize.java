package org.coreset4j.scenes;

/** Two object sizes; {@link #radius()} is a sphere's radius, a cube's half side, a cylinder's radius. */
public enum ObjectSize {
  SMALL(0.35),
  LARGE(0.7);

  private final double radius;

  ObjectSize(double radius) {
    this.radius = radius;
  }

  public double radius() {
    return radius;
  }

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
