/**
 * Matrices and arrays in memory: {@code FloatMatrix} (row-major float32 in a memory segment:
 * heap, native or a mapped file), its compact bfloat16 copy {@code Bf16Matrix}, and
 * {@code NdArray} for diagnostics and other outputs. May depend on util only.
 */
package org.coreset4j.data;
