/**
 * How a result was made: the JSON manifest (options as given and as derived, every input with
 * its SHA-256, software versions, stage times, peak memory) and the library version. May depend
 * on io, kernels and util.
 */
package org.coreset4j.provenance;
