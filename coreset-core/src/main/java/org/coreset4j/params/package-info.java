/**
 * Method parameters: {@code Param} describes one (name, kind, default, allowed values, one-line
 * description, older names) and {@code MethodOptions} carries the values a user gave, with typed
 * getters whose errors name the option. Below every method and clustering package; depends on util
 * only.
 */
package org.coreset4j.params;
