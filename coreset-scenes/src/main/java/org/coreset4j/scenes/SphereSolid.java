package org.coreset4j.scenes;

/** A sphere of radius r centred at c. */
record SphereSolid(double cx, double cy, double cz, double r) implements Solid {
  @Override
  public double hit(double ox, double oy, double oz, double dx, double dy, double dz) {
    return Solid.sphereHit(ox, oy, oz, dx, dy, dz, cx, cy, cz, r * r);
  }

  @Override
  public void normal(double px, double py, double pz, double[] n) {
    n[0] = (px - cx) / r;
    n[1] = (py - cy) / r;
    n[2] = (pz - cz) / r;
  }
}
