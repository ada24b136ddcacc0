/**
 * Wall time of distributed selection on generated data. May depend on spark and the core's
 * packages.
 */
package org.coreset4j.spark.bench;
