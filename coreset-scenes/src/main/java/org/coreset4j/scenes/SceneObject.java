package org.coreset4j.scenes;

/**
 * One object standing on the ground plane (y = 0) at ground position (x, z), turned by
 * {@code angle} radians about the vertical axis (only visible on cubes). Its height is twice its
 * size's radius.
 */
public record SceneObject(Shape shape, ObjectColor color, Material material, ObjectSize size,
    double x, double z, double angle) {

  /** Radius of the object's footprint on the ground: a turned cube reaches half its diagonal. */
  public double footprint() {
    return shape == Shape.CUBE ? size.radius() * Math.sqrt(2) : size.radius();
  }

  /** Radius of a sphere about the object's centre (x, radius, z) that encloses it. */
  public double boundRadius() {
    double r = size.radius();
    return switch (shape) {
      case SPHERE -> r;
      case CUBE -> r * Math.sqrt(3);
      case CYLINDER -> r * Math.sqrt(2);
    };
  }

  /** True when the footprints of the two objects, grown by {@code margin}, do not touch. */
  public boolean clearOf(SceneObject other, double margin) {
    double dx = x - other.x;
    double dz = z - other.z;
    double reach = footprint() + other.footprint() + margin;
    return dx * dx + dz * dz > reach * reach;
  }

  /** The caption phrase without article, e.g. {@code large red metal sphere}. */
  public String describe() {
    return size.word() + " " + color.word() + " " + material.word() + " " + shape.word();
  }
}
