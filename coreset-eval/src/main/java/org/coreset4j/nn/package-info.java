/**
 * Small dense building blocks for training on embeddings, shared by evaluation and distill:
 * float64 matrix products, Adam, minibatches, column standardisation, and linear contrastive
 * heads with their loss and training parameters. May depend on data and util; evaluation and
 * distill depend on it, never the reverse.
 */
package org.coreset4j.nn;
