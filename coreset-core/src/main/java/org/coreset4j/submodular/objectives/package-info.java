/**
 * The set functions maximised greedily (facility location, graph cut, log-determinant), each
 * holding the current selection and answering marginal gains. May depend on
 * submodular.similarity and util.
 */
package org.coreset4j.submodular.objectives;
