/**
 * Filter, then select: one method keeps a share of the data (for example the best-aligned pairs),
 * another selects the budget from what it kept — how the DataComp filtering winners are built.
 */
package org.coreset4j.selection.pipeline;
