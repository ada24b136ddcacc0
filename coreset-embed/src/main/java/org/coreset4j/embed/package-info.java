/**
 * Embeddings, offline: frozen random patch-token encoders, the user's ONNX image models, and
 * all-MiniLM-L6-v2 sentence embeddings (with its WordPiece tokenizer) through ONNX Runtime. The
 * only package that uses ONNX Runtime; may depend on scenes, kernels, io, data and util.
 */
package org.coreset4j.embed;
