/**
 * The optimizer's arithmetic: one Adam step over a range of flat float arrays, shared by the dense parameters and the
 * lazily updated embedding rows so both follow the same operation order. Depends on nothing outside the JDK.
 */
package org.dinexplorer.model.optimizer;
