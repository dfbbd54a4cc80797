/**
 * Dense building blocks of the networks with hand-written forward and backward passes over primitive float arrays:
 * fully connected layers (matrix products through OpenBLAS), PReLU and Dice activations, MLPs, the DIN local
 * activation unit and attention pooling. Buffers are reused across batches so a training step allocates nothing.
 * No INDArray, database or user-interface type appears here.
 */
package org.dinexplorer.model.layers;
