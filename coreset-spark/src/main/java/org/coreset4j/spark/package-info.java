/**
 * Selection over Apache Spark on Parquet embeddings ({@code coreset spark-select},
 * docs/SPARK.md): every method, as per-sample scores, id-hash draws, global strata, distributed
 * spherical k-means (with the core's assignment rule and bounds) then per cluster, or two rounds.
 * The only package besides spark.bench that uses Spark; may depend on the core's packages.
 */
package org.coreset4j.spark;
