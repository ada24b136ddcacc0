/**
 * The built-in demo: generate scenes, embed them, select a coreset with every method, evaluate
 * each and write the report. An application of the other modules: may depend on any package but
 * cli and spark; only cli depends on it.
 */
package org.coreset4j.demo;
