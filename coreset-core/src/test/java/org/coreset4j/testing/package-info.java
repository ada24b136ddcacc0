/**
 * Test helpers shared with the other modules through the core's test jar: seeded data for
 * selector tests and {@code PackageCycles}, the package-cycle check that every module's
 * {@code PackageCyclesTest} runs. Test code only; may depend on any core package and ArchUnit.
 */
package org.coreset4j.testing;
