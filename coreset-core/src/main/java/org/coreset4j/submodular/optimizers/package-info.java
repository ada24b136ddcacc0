/**
 * Greedy maximisers under a cardinality budget: naive, lazy (Minoux 1978) and stochastic
 * greedy, ties to the lowest index. May depend on submodular.objectives and util.
 */
package org.coreset4j.submodular.optimizers;
