package org.coreset4j.io.parquet;

import java.util.ServiceLoader;

/**
 * Keeps the Parquet and Hadoop libraries from printing on stderr. They log through SLF4J; when the
 * application brings no SLF4J provider, SLF4J would print a warning on first use, so the silent
 * provider is selected instead. An application that configures logging is left alone.
 */
final class QuietLogging {
  private static final String PROVIDER_PROPERTY = "slf4j.provider";
  private static final String NOP_PROVIDER = "org.slf4j.helpers.NOP_FallbackServiceProvider";
  /** SLF4J's own reporting, which would otherwise announce the provider chosen here. */
  private static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

  private QuietLogging() {}

  static synchronized void apply() {
    if (System.getProperty(PROVIDER_PROPERTY) != null) {
      return;
    }
    boolean hasProvider = ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)
        .stream().findAny().isPresent();
    if (!hasProvider) {
      System.setProperty(PROVIDER_PROPERTY, NOP_PROVIDER);
      if (System.getProperty(VERBOSITY_PROPERTY) == null) {
        System.setProperty(VERBOSITY_PROPERTY, "WARN");
      }
    }
  }
}
