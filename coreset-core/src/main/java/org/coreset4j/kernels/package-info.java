/**
 * The numeric kernels: {@code Vectors} (the Vector API, with a scalar fallback chosen once at
 * start-up) for memory-bound loops, and {@code Blas} and {@code Lapack} for GEMM-sized work
 * through the OpenBLAS natives of the org.bytedeco jars. May depend on data only.
 */
package org.coreset4j.kernels;
