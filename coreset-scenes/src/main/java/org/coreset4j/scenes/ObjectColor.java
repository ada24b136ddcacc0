package org.coreset4j.scenes;

/** The eight object colours, as linear RGB reflectances in [0, 1]. */
public enum ObjectColor {
  GRAY(0.34, 0.34, 0.34),
  RED(0.68, 0.10, 0.08),
  BLUE(0.10, 0.22, 0.75),
  GREEN(0.11, 0.45, 0.10),
  BROWN(0.42, 0.25, 0.09),
  PURPLE(0.40, 0.12, 0.60),
  CYAN(0.11, 0.62, 0.62),
  YELLOW(0.85, 0.75, 0.10);

  final double r;
  final double g;
  final double b;

  ObjectColor(double r, double g, double b) {
    this.r = r;
    this.g = g;
    this.b = b;
  }

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
