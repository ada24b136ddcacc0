package org.coreset4j.evaluation;

import org.coreset4j.data.FloatMatrix;

/**
 * Downsamples (N, H, W) depth maps to (N, h, w) by block averages: output cell (r, c) is the mean
 * of input rows [floor(r H / h), floor((r + 1) H / h)) and columns [floor(c W / w),
 * floor((c + 1) W / w)); h = min(H, side), w = min(W, side).
 */
final class DepthTargets {
  private DepthTargets() {}

  /** The block-averaged maps as a flat N x (h w) float64 array. */
  static double[] blockAverage(FloatMatrix maps, int height, int width, int side) {
    int h = Math.min(height, side);
    int w = Math.min(width, side);
    int n = maps.rows();
    double[] out = new double[n * h * w];
    float[] row = new float[height * width];
    for (int s = 0; s < n; s++) {
      maps.copyRow(s, row);
      for (int r = 0; r < h; r++) {
        int r0 = r * height / h;
        int r1 = (r + 1) * height / h;
        for (int c = 0; c < w; c++) {
          int c0 = c * width / w;
          int c1 = (c + 1) * width / w;
          double sum = 0;
          for (int y = r0; y < r1; y++) {
            for (int x = c0; x < c1; x++) {
              sum += row[y * width + x];
            }
          }
          out[(s * h + r) * w + c] = sum / ((r1 - r0) * (c1 - c0));
        }
      }
    }
    return out;
  }

  /** Outputs per sample after downsampling. */
  static int outputs(int height, int width, int side) {
    return Math.min(height, side) * Math.min(width, side);
  }
}
