/**
 * Budget allocation over clusters shared by the cluster-quota methods ({@code balance}, {@code
 * dbp}): proportional shares capped by cluster sizes with the excess redistributed (water-filling),
 * then integer quotas by largest remainder. Depends on util only.
 */
package org.coreset4j.selection.quota;
