/**
 * The selection API: {@code Selector} (features, a {@code Budget} and a
 * {@code SelectionContext} in, a {@code Selection} of ascending indices and diagnostics out),
 * {@code MethodOptions}, checks of per-sample scores, the uniform random method and the lookup
 * of a method by its command-line name. The method packages depend on it; it may depend on data
 * and util. (The lookup still names every method's class; that cycle is being removed and is
 * listed in the core tests' {@code PackageCycles.TEMPORARY_KNOWN_CYCLES}.)
 */
package org.coreset4j.selection;
