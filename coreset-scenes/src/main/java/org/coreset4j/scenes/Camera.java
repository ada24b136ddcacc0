package org.coreset4j.scenes;

/**
 * The fixed pinhole camera of every scene: at (0, 6, 8), looking at the origin, 50 degrees of
 * vertical field of view, square images. World axes: y up, the camera looks towards -z; "left"
 * and "in front" in captions are along the camera's right and forward axes.
 */
public final class Camera {
  static final double EYE_X = 0;
  static final double EYE_Y = 6;
  static final double EYE_Z = 8;
  private static final double FOV_DEGREES = 50;

  /** Forward (viewing) axis, unit length. */
  final double fx;
  final double fy;
  final double fz;
  /** Right axis scaled by tan(fov / 2). */
  final double rx;
  final double ry;
  final double rz;
  /** tan(fov / 2). */
  final double tan;
  /** Up axis scaled by tan(fov / 2). */
  final double ux;
  final double uy;
  final double uz;

  /** The camera of every scene. */
  public static final Camera DEFAULT = new Camera();

  private Camera() {
    double len = Math.sqrt(EYE_X * EYE_X + EYE_Y * EYE_Y + EYE_Z * EYE_Z);
    fx = -EYE_X / len;
    fy = -EYE_Y / len;
    fz = -EYE_Z / len;
    tan = Math.tan(Math.toRadians(FOV_DEGREES / 2));
    // right = forward x worldUp(0, 1, 0), normalised; up = right x forward
    double ax = -fz;
    double az = fx;
    double alen = Math.sqrt(ax * ax + az * az);
    double rxu = ax / alen;
    double rzu = az / alen;
    rx = rxu * tan;
    ry = 0;
    rz = rzu * tan;
    ux = (0 * fz - rzu * fy) * tan;
    uy = (rzu * fx - rxu * fz) * tan;
    uz = (rxu * fy - 0 * fx) * tan;
  }

  /**
   * The unit direction of the ray through the centre of pixel (px, py) of a size x size image,
   * py = 0 being the top row, written to {@code dir[0..2]}.
   */
  public void ray(int px, int py, int size, double[] dir) {
    double sx = 2 * (px + 0.5) / size - 1;
    double sy = 1 - 2 * (py + 0.5) / size;
    double dx = fx + sx * rx + sy * ux;
    double dy = fy + sx * ry + sy * uy;
    double dz = fz + sx * rz + sy * uz;
    double inv = 1 / Math.sqrt(dx * dx + dy * dy + dz * dz);
    dir[0] = dx * inv;
    dir[1] = dy * inv;
    dir[2] = dz * inv;
  }

  /**
   * Continuous pixel coordinates of a world point in front of the camera in a size x size image,
   * written to {@code out[0]} (column) and {@code out[1]} (row); pixel (px, py) has its centre at
   * (px, py), matching {@link #ray}.
   */
  public void project(double x, double y, double z, int size, double[] out) {
    double vx = x - EYE_X;
    double vy = y - EYE_Y;
    double vz = z - EYE_Z;
    double d = (vx * fx + vy * fy + vz * fz) * tan * tan;
    double sx = (vx * rx + vy * ry + vz * rz) / d;
    double sy = (vx * ux + vy * uy + vz * uz) / d;
    out[0] = (sx + 1) * size / 2 - 0.5;
    out[1] = (1 - sy) * size / 2 - 0.5;
  }

  /** Distance of a world point along the viewing axis: the depth stored in depth maps. */
  public double depth(double x, double y, double z) {
    return (x - EYE_X) * fx + (y - EYE_Y) * fy + (z - EYE_Z) * fz;
  }

  /** Signed distance of a world point along the camera's right axis (larger is further right). */
  public double rightOf(double x, double y, double z) {
    return ((x - EYE_X) * rx + (y - EYE_Y) * ry + (z - EYE_Z) * rz) / tan;
  }

  /** Length of the ray from the eye along unit {@code dir} to the ground plane; +inf if it never meets it. */
  public double groundHit(double[] dir) {
    return dir[1] < 0 ? -EYE_Y / dir[1] : Double.POSITIVE_INFINITY;
  }
}
