/**
 * Herding (Welling 2009; iCaRL's exemplar selection): each step adds the sample that keeps the
 * mean of the chosen ones closest to the mean of all. May depend on selection, kernels, data
 * and util.
 */
package org.coreset4j.selection.herding;
