/**
 * The submodular methods {@code facility-location}, {@code graphcut} and {@code logdet}: a
 * selector that maximises the objective with the optimiser of {@code --optimizer} over the
 * similarity of {@code --similarity}. May depend on its subpackages, selection, data and util.
 */
package org.coreset4j.submodular;
