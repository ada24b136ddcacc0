/**
 * How much of the full data's quality a subset keeps: the same small model (ridge depth
 * regression, contrastive retrieval heads or a logistic-regression probe) trained on each
 * selection and scored on a fixed held-out split, the training-signal probe (forgetting events,
 * EL2N, loss), and the results as tables and JSON. May depend on nn, fusion, io, data and util.
 */
package org.coreset4j.evaluation;
