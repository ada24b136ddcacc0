/**
 * One half of a deliberate package cycle (with testing.cycle.b) that the package-cycle check
 * must report. Test code only.
 */
package org.coreset4j.testing.cycle.a;
