/**
 * The CTR networks assembled from the embedding tables and layers: DIN, the Embedding&amp;MLP baseline and logistic
 * regression, with their forward and backward passes over a {@link org.dinexplorer.model.data.Batch}, and
 * {@link org.dinexplorer.model.network.DinModel}, the trained model other modules use for predictions. Nothing here
 * knows about databases or user interfaces.
 */
package org.dinexplorer.model.network;
