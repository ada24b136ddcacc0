package org.coreset4j.scenes;

/**
 * A solid the ray caster can hit. Rays start at (ox, oy, oz) with unit direction (dx, dy, dz).
 */
interface Solid {
  double EPS = 1e-9;

  /** The smallest ray length t > EPS at which the ray enters the solid, or +inf. */
  double hit(double ox, double oy, double oz, double dx, double dy, double dz);

  /** The outward unit normal at surface point p, written to {@code n[0..2]}. */
  void normal(double px, double py, double pz, double[] n);

  /** The solid for an object of a scene. */
  static Solid of(SceneObject o) {
    double r = o.size().radius();
    return switch (o.shape()) {
      case SPHERE -> new SphereSolid(o.x(), r, o.z(), r);
      case CUBE -> new BoxSolid(o.x(), r, o.z(), r, o.angle());
      case CYLINDER -> new CylinderSolid(o.x(), r, o.z(), r);
    };
  }

  /**
   * Ray length to the nearer root of |o + t d - c|^2 = r^2 for unit d (the ray-sphere equation
   * t^2 + 2 b t + c = 0 with b = d.(o - c)), or +inf; used for spheres and bounding spheres.
   */
  static double sphereHit(double ox, double oy, double oz, double dx, double dy, double dz,
      double cx, double cy, double cz, double r2) {
    double px = ox - cx;
    double py = oy - cy;
    double pz = oz - cz;
    double b = px * dx + py * dy + pz * dz;
    double c = px * px + py * py + pz * pz - r2;
    double disc = b * b - c;
    if (disc < 0) {
      return Double.POSITIVE_INFINITY;
    }
    double s = Math.sqrt(disc);
    double t = -b - s;
    if (t > EPS) {
      return t;
    }
    t = -b + s;
    return t > EPS ? t : Double.POSITIVE_INFINITY;
  }
}
