package org.coreset4j.scenes;

/** An upright cylinder of radius r and height 2r centred at c. */
final class CylinderSolid implements Solid {
  private final double cx;
  private final double cy;
  private final double cz;
  private final double r;
  private final double bound2;

  CylinderSolid(double cx, double cy, double cz, double r) {
    this.cx = cx;
    this.cy = cy;
    this.cz = cz;
    this.r = r;
    this.bound2 = 2 * r * r * (1 + 1e-9);
  }

  @Override
  public double hit(double ox, double oy, double oz, double dx, double dy, double dz) {
    if (Solid.sphereHit(ox, oy, oz, dx, dy, dz, cx, cy, cz, bound2) == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double px = ox - cx;
    double py = oy - cy;
    double pz = oz - cz;
    double best = Double.POSITIVE_INFINITY;
    // side: (px + t dx)^2 + (pz + t dz)^2 = r^2 with |py + t dy| <= r
    double a = dx * dx + dz * dz;
    if (a > 1e-12) {
      double b = px * dx + pz * dz;
      double c = px * px + pz * pz - r * r;
      double disc = b * b - a * c;
      if (disc >= 0) {
        double s = Math.sqrt(disc);
        best = sideRoot((-b - s) / a, py, dy, best);
        best = sideRoot((-b + s) / a, py, dy, best);
      }
    }
    // caps: py + t dy = +-r with (px + t dx)^2 + (pz + t dz)^2 <= r^2
    if (Math.abs(dy) > 1e-12) {
      best = capRoot((r - py) / dy, px, pz, dx, dz, best);
      best = capRoot((-r - py) / dy, px, pz, dx, dz, best);
    }
    return best;
  }

  private double sideRoot(double t, double py, double dy, double best) {
    return t > EPS && t < best && Math.abs(py + t * dy) <= r ? t : best;
  }

  private double capRoot(double t, double px, double pz, double dx, double dz, double best) {
    if (t <= EPS || t >= best) {
      return best;
    }
    double x = px + t * dx;
    double z = pz + t * dz;
    return x * x + z * z <= r * r ? t : best;
  }

  @Override
  public void normal(double px, double py, double pz, double[] n) {
    double lx = px - cx;
    double ly = py - cy;
    double lz = pz - cz;
    double radial = Math.sqrt(lx * lx + lz * lz);
    if (r - Math.abs(ly) < 1e-6 * r && radial < r * (1 - 1e-6)) {
      n[0] = 0;
      n[1] = Math.signum(ly);
      n[2] = 0;
    } else {
      n[0] = lx / radial;
      n[1] = 0;
      n[2] = lz / radial;
    }
  }
}
