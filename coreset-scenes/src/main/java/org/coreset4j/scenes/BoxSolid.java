package org.coreset4j.scenes;

/**
 * A cube of half side h centred at c and turned by {@code angle} about the vertical axis. Rays
 * are turned into the cube's frame and clipped against its three slabs.
 */
final class BoxSolid implements Solid {
  private final double cx;
  private final double cy;
  private final double cz;
  private final double h;
  private final double cos;
  private final double sin;
  private final double bound2;

  BoxSolid(double cx, double cy, double cz, double h, double angle) {
    this.cx = cx;
    this.cy = cy;
    this.cz = cz;
    this.h = h;
    this.cos = Math.cos(angle);
    this.sin = Math.sin(angle);
    this.bound2 = 3 * h * h * (1 + 1e-9);
  }

  @Override
  public double hit(double ox, double oy, double oz, double dx, double dy, double dz) {
    if (Solid.sphereHit(ox, oy, oz, dx, dy, dz, cx, cy, cz, bound2) == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double px = ox - cx;
    double pz = oz - cz;
    // local = R(-angle) * world about the vertical axis
    double lox = cos * px + sin * pz;
    double loz = -sin * px + cos * pz;
    double ldx = cos * dx + sin * dz;
    double ldz = -sin * dx + cos * dz;
    // slab method: each axis bounds t to [min(t0, t1), max(t0, t1)]; 1/0 = inf handles parallel rays
    double ix = 1 / ldx;
    double iy = 1 / dy;
    double iz = 1 / ldz;
    double x0 = (-h - lox) * ix;
    double x1 = (h - lox) * ix;
    double y0 = (-h - (oy - cy)) * iy;
    double y1 = (h - (oy - cy)) * iy;
    double z0 = (-h - loz) * iz;
    double z1 = (h - loz) * iz;
    double near = Math.max(Math.max(Math.min(x0, x1), Math.min(y0, y1)), Math.min(z0, z1));
    double far = Math.min(Math.min(Math.max(x0, x1), Math.max(y0, y1)), Math.max(z0, z1));
    if (!(near <= far)) {
      return Double.POSITIVE_INFINITY;
    }
    if (near > EPS) {
      return near;
    }
    return far > EPS ? far : Double.POSITIVE_INFINITY;
  }

  @Override
  public void normal(double px, double py, double pz, double[] n) {
    double wx = px - cx;
    double wz = pz - cz;
    double lx = cos * wx + sin * wz;
    double ly = py - cy;
    double lz = -sin * wx + cos * wz;
    double ax = Math.abs(lx);
    double ay = Math.abs(ly);
    double az = Math.abs(lz);
    double nx = 0;
    double nz = 0;
    n[1] = 0;
    if (ay >= ax && ay >= az) {
      n[1] = Math.signum(ly);
    } else if (ax >= az) {
      nx = Math.signum(lx);
    } else {
      nz = Math.signum(lz);
    }
    // world = R(angle) * local
    n[0] = cos * nx - sin * nz;
    n[2] = sin * nx + cos * nz;
  }
}
