/**
 * Budget allocation over clusters shared by the cluster-quota methods: proportional shares capped
 * by cluster sizes with the excess redistributed (water-filling, {@code balance}), or the shares
 * closest to targets within per-cluster bounds (a projection, {@code dbp}), then integer quotas by
 * largest remainder. Depends on util only.
 */
package org.coreset4j.selection.quota;
