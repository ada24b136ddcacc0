/**
 * MetaCLIP-style concept balancing (Xu et al. 2024): k-means clusters as concepts, a per-concept
 * cap t met exactly by the budget, seeded draws inside each concept. May depend on selection,
 * selection.quota, clustering, data and util.
 */
package org.coreset4j.selection.balance;
