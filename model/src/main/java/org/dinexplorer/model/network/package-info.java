/**
 * The CTR networks behind one interface, {@link org.dinexplorer.model.network.Network}, and the registry that builds
 * them by variant: DIN, the Embedding&amp;MLP baseline and logistic regression (all three a
 * {@link org.dinexplorer.model.network.PooledHistoryNetwork} with their own history pooling), with their forward and
 * backward passes over a {@link org.dinexplorer.model.data.Batch}, and
 * {@link org.dinexplorer.model.network.DinModel}, the trained model other modules use for predictions. Nothing here
 * knows about databases or user interfaces.
 */
package org.dinexplorer.model.network;
