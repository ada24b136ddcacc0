/**
 * The other half of the deliberate package cycle of testing.cycle.a. Test code only.
 */
package org.coreset4j.testing.cycle.b;
