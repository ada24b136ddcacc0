/**
 * What the {@code coreset} command line and {@code coreset spark-select} share: exit codes with
 * the mapping of bad input to one line and exit 2, and the method options built from the
 * registry's descriptors, and the parsing of input specs ({@code NAME=PATH[:KEY]}, {@code PATH[:KEY]}).
 * May depend on the core's selection and params packages, its request and on picocli.
 */
package org.coreset4j.cli.common;
