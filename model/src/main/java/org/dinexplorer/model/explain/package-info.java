/**
 * Read-out of the attention weights of DIN: for each sample, the weight of every history position from the same
 * forward pass that produced the click probability. Plain records of primitive arrays; no UI or database types.
 */
package org.dinexplorer.model.explain;
