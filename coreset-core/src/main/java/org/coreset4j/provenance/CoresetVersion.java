package org.coreset4j.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library version, filtered into a resource at build time. */
public final class CoresetVersion {
  public static final String VERSION = load();

  private CoresetVersion() {}

  private static String load() {
    try (InputStream in = CoresetVersion.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
