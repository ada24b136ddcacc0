/**
 * k-center greedy (Sener and Savarese 2018) on float32 or bfloat16 rows, squared Euclidean or
 * cosine distance. May depend on selection, kernels, data and util.
 */
package org.coreset4j.selection.kcenter;
