/**
 * The library's front door: {@link org.coreset4j.Coresets} runs a
 * {@link org.coreset4j.CoresetRequest} end to end (open the inputs, fuse, reduce, select) and
 * returns the selection, the features the method saw and the manifest. May depend on every
 * package of the core; no package depends on it.
 */
package org.coreset4j;
