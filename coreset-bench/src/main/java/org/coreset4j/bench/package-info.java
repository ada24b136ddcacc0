/**
 * Benchmark mains and their data generators, measured against numpy, scikit-learn, faiss and
 * torch peers (docs/BENCHMARKS.md). May depend on the packages of the core and of coreset-eval;
 * nothing depends on it.
 */
package org.coreset4j.bench;
