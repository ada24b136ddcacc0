package org.coreset4j.scenes;

/** Surface materials: matte rubber or shiny metal (a sharp specular highlight). */
public enum Material {
  RUBBER(0.05, 8, 1.0),
  METAL(0.9, 60, 0.65);

  final double specular;
  final double shininess;
  final double diffuse;

  Material(double specular, double shininess, double diffuse) {
    this.specular = specular;
    this.shininess = shininess;
    this.diffuse = diffuse;
  }

  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
