/**
 * Input and output files: memory-mapped {@code .npy}, {@code .npz} and {@code .safetensors}
 * tensors opened by {@code Tensors.open}, the {@code TensorFormat} service through which other
 * modules add formats (Parquet comes from coreset-parquet), writers of indices, {@code .npy}
 * and {@code .npz} that write all or nothing, and input hashes for the manifest. May depend on
 * data and util; it imports no format module.
 */
package org.coreset4j.io;
