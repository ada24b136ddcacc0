/**
 * Deterministic building blocks for every other package: chunked parallel work and column sums
 * whose results do not depend on the thread count, seeded sampling and seed streams, rankings
 * with ties to the lower index, progress reporting, and {@code InvalidInputException} for
 * one-line errors about the user's input. Depends on no other coreset4j package.
 */
package org.coreset4j.util;
