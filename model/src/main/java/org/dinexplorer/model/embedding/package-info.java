/**
 * Sparse embedding tables: rows live in primitive float arrays, a batch gathers only the rows it uses, gradients are
 * accumulated per touched row and a lazy Adam step updates only those rows, so a step costs the same with 20 thousand
 * or 1.14 million users. The step itself is {@link org.dinexplorer.model.optimizer.AdamStep}; nothing else outside the
 * JDK is used.
 */
package org.dinexplorer.model.embedding;
