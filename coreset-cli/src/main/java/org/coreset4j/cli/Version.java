package org.coreset4j.cli;

import org.coreset4j.provenance.CoresetVersion;
import picocli.CommandLine;

/** Prints the tool version, the Java runtime and the kernel implementation in use. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "coreset4j " + CoresetVersion.VERSION,
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
      "kernels " + org.coreset4j.kernels.Vectors.implementation()
    };
  }
}
