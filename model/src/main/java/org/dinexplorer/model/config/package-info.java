/**
 * Immutable, validated settings of a model and its training ({@link org.dinexplorer.model.config.DinConfig}) and the
 * enums they use. Plain values only: nothing here depends on ND4J, a database or a user interface.
 */
package org.dinexplorer.model.config;
