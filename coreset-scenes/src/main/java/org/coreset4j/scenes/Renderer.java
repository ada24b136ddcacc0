package org.coreset4j.scenes;

import java.util.List;

/**
 * Ray-casts one scene: one primary ray per pixel centre against the ground plane and every
 * object, Lambert plus Blinn-Phong shading under one directional light with an ambient term, a
 * shadow ray towards the light, and a fake sky reflection on metal; the ground is matte. Primary
 * rays only test objects whose screen rectangle holds the pixel. Colours are gamma-encoded to
 * 8-bit sRGB-like values through a lookup table.
 */
final class Renderer {
  /** Unit vector towards the light (upper left, slightly behind the camera). */
  private static final double LX;
  private static final double LY;
  private static final double LZ;
  private static final double AMBIENT = 0.3;
  private static final double GROUND = 0.55;
  private static final double METAL_SKY = 0.45;
  private static final double SHADOW_OFFSET = 1e-6;
  private static final int LUT_SIZE = 4096;
  private static final byte[] GAMMA = new byte[LUT_SIZE + 1];

  static {
    double lx = -0.55;
    double ly = 1.0;
    double lz = 0.45;
    double len = Math.sqrt(lx * lx + ly * ly + lz * lz);
    LX = lx / len;
    LY = ly / len;
    LZ = lz / len;
    for (int i = 0; i <= LUT_SIZE; i++) {
      GAMMA[i] = (byte) Math.round(255 * Math.pow((double) i / LUT_SIZE, 1 / 2.2));
    }
  }

  private final int size;
  private final double[] rays;

  /** A renderer of size x size images; precomputes the camera's ray directions. */
  Renderer(int size) {
    this.size = size;
    this.rays = new double[3 * size * size];
    double[] dir = new double[3];
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        Camera.DEFAULT.ray(px, py, size, dir);
        System.arraycopy(dir, 0, rays, 3 * (py * size + px), 3);
      }
    }
  }

  /**
   * Renders {@code objects} into scene number {@code scene} of the output arrays: rgb (uint8,
   * H x W x 3 per scene), mask (shape class per pixel), depth (distance along the viewing axis).
   */
  void render(List<SceneObject> objects, int scene, byte[] rgb, byte[] mask, float[] depth) {
    int n = objects.size();
    Solid[] solids = new Solid[n];
    int[] box = new int[4 * n];
    for (int i = 0; i < n; i++) {
      solids[i] = Solid.of(objects.get(i));
      screenBox(objects.get(i), box, 4 * i);
    }
    int[] candidates = new int[n];
    double[] normal = new double[3];
    for (int py = 0; py < size; py++) {
      int rowCandidates = 0;
      for (int i = 0; i < n; i++) {
        if (box[4 * i + 2] <= py && py <= box[4 * i + 3]) {
          candidates[rowCandidates++] = i;
        }
      }
      for (int px = 0; px < size; px++) {
        shadePixel(objects, solids, box, candidates, rowCandidates, py * size + px, px,
            scene * size * size + py * size + px, normal, rgb, mask, depth);
      }
    }
  }

  /**
   * Pixel rectangle [x0, x1] x [y0, y1] (into box[at..at+3]) that holds the projection of the
   * object's bounding sphere: the projected corners of the sphere's bounding cube, grown by a pixel.
   */
  private void screenBox(SceneObject o, int[] box, int at) {
    double r = o.boundRadius();
    double[] xy = new double[2];
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int corner = 0; corner < 8; corner++) {
      Camera.DEFAULT.project(o.x() + ((corner & 1) == 0 ? -r : r), o.size().radius() + ((corner & 2) == 0 ? -r : r),
          o.z() + ((corner & 4) == 0 ? -r : r), size, xy);
      x0 = Math.min(x0, xy[0]);
      x1 = Math.max(x1, xy[0]);
      y0 = Math.min(y0, xy[1]);
      y1 = Math.max(y1, xy[1]);
    }
    box[at] = (int) Math.floor(x0) - 1;
    box[at + 1] = (int) Math.ceil(x1) + 1;
    box[at + 2] = (int) Math.floor(y0) - 1;
    box[at + 3] = (int) Math.ceil(y1) + 1;
  }

  /** Casts the ray of pixel p (column px) against the ground and the row's candidate objects. */
  private void shadePixel(List<SceneObject> objects, Solid[] solids, int[] box, int[] candidates,
      int count, int p, int px, int out, double[] normal, byte[] rgb, byte[] mask, float[] depth) {
    double ox = Camera.EYE_X;
    double oy = Camera.EYE_Y;
    double oz = Camera.EYE_Z;
    double dx = rays[3 * p];
    double dy = rays[3 * p + 1];
    double dz = rays[3 * p + 2];
    double t = -oy / dy;
    int hit = -1;
    for (int c = 0; c < count; c++) {
      int i = candidates[c];
      if (box[4 * i] <= px && px <= box[4 * i + 1]) {
        double ti = solids[i].hit(ox, oy, oz, dx, dy, dz);
        if (ti < t) {
          t = ti;
          hit = i;
        }
      }
    }
    double hx = ox + t * dx;
    double hy = oy + t * dy;
    double hz = oz + t * dz;
    double cr = GROUND;
    double cg = GROUND;
    double cb = GROUND;
    Material material = null;
    if (hit < 0) {
      normal[0] = 0;
      normal[1] = 1;
      normal[2] = 0;
    } else {
      SceneObject o = objects.get(hit);
      solids[hit].normal(hx, hy, hz, normal);
      cr = o.color().r;
      cg = o.color().g;
      cb = o.color().b;
      material = o.material();
    }
    double ndotl = normal[0] * LX + normal[1] * LY + normal[2] * LZ;
    boolean lit = ndotl > 0 && !shadowed(solids, hit, hx, hy, hz, normal);
    double light = AMBIENT + (lit ? (1 - AMBIENT) * ndotl : 0);
    double diffuse = material == null ? light : material.diffuse * light;
    double spec = 0;
    double sky = 0;
    if (material != null) {
      // Blinn-Phong: half vector between the light and the direction back to the eye
      double hvx = LX - dx;
      double hvy = LY - dy;
      double hvz = LZ - dz;
      double ndoth = (normal[0] * hvx + normal[1] * hvy + normal[2] * hvz) / Math.sqrt(hvx * hvx + hvy * hvy + hvz * hvz);
      spec = lit && ndoth > 0 ? material.specular * Math.pow(ndoth, material.shininess) : 0;
      if (material == Material.METAL) {
        // y of the view ray mirrored about the normal: r = d - 2 (d.n) n
        double ry = dy - 2 * (dx * normal[0] + dy * normal[1] + dz * normal[2]) * normal[1];
        sky = METAL_SKY * Math.max(ry, 0);
      }
    }
    rgb[3 * out] = gamma(cr * (diffuse + sky) + spec);
    rgb[3 * out + 1] = gamma(cg * (diffuse + sky) + spec);
    rgb[3 * out + 2] = gamma(cb * (diffuse + sky) + spec);
    mask[out] = (byte) (hit < 0 ? Shape.BACKGROUND : objects.get(hit).shape().classId());
    depth[out] = (float) Camera.DEFAULT.depth(hx, hy, hz);
  }

  /** True when another object blocks the way from the surface point to the light (objects are convex). */
  private static boolean shadowed(Solid[] solids, int self, double x, double y, double z, double[] n) {
    double sx = x + SHADOW_OFFSET * n[0];
    double sy = y + SHADOW_OFFSET * n[1];
    double sz = z + SHADOW_OFFSET * n[2];
    for (int i = 0; i < solids.length; i++) {
      if (i != self && solids[i].hit(sx, sy, sz, LX, LY, LZ) < Double.POSITIVE_INFINITY) {
        return true;
      }
    }
    return false;
  }

  private static byte gamma(double linear) {
    double c = Math.min(Math.max(linear, 0), 1);
    return GAMMA[(int) (c * LUT_SIZE + 0.5)];
  }
}
