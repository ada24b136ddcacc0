/**
 * {@code --method random}: uniform sampling without replacement, the baseline of every comparison.
 * May depend on selection, params, data and util.
 */
package org.coreset4j.selection.random;
