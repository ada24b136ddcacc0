/**
 * The selection API and the method registry: {@code Selector} (features, a {@code Budget} and a
 * {@code SelectionContext} in, a {@code Selection} of ascending indices and diagnostics out),
 * {@code SelectionMethod} (the service each method package registers), its
 * {@code MethodDescriptor} (name, summary, source, parameters, side inputs, how it runs on Spark),
 * checks of per-sample scores, and {@code Selectors}, which finds the methods with
 * {@link java.util.ServiceLoader}. It names no method: the method packages depend on it, never the
 * reverse. May depend on params, data and util.
 */
package org.coreset4j.selection;
