/**
 * Immutable, validated settings of a model and its training ({@link org.dinexplorer.model.config.DinConfig}, made of
 * a {@link org.dinexplorer.model.config.NetworkConfig}, an {@link org.dinexplorer.model.config.OptimizerConfig} and a
 * {@link org.dinexplorer.model.config.ScheduleConfig}) and the enums they use. Plain values only: nothing here depends
 * on ND4J, a database or a user interface; Jackson annotations give the one JSON form of model files and run configs.
 */
package org.dinexplorer.model.config;
