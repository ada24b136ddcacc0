/**
 * Vision-language dataset distillation on frozen embeddings: by bi-trajectory matching (seed 002;
 * expert trajectories, full-rank or low-rank trajectory matching with exact gradients) or by
 * statistics (moment) matching, and the nearest real rows of every synthetic one. May depend on
 * nn, io, data and util, not on evaluation.
 */
package org.coreset4j.distill;
