/**
 * Selection over Apache Spark on Parquet embeddings ({@code coreset spark-select},
 * docs/SPARK.md): distributed spherical k-means, COINCIDE, SemDeDup and random sampling, and
 * the two-round scheme for dq and kcenter. The only package besides spark.bench that uses
 * Spark; may depend on the core's packages.
 */
package org.coreset4j.spark;
