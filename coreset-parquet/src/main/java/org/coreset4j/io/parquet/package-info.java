/**
 * Parquet input and output: a column of float or double lists read as an (N, D) tensor, offered to
 * {@code Tensors.open} as a {@code TensorFormat} service; and tables of flat columns (ids,
 * metadata) read whole or at given rows and written atomically, offered to {@code Tables} as a
 * {@code TableFormat} service. The only package that uses Parquet, Hadoop and SLF4J; may depend
 * on io and util.
 */
package org.coreset4j.io.parquet;
