/**
 * Facts about the numeric environment (ND4J backend, BLAS, threads) for the info command, the About box and the
 * provenance stored with each run. Depends on ND4J only.
 */
package org.dinexplorer.model.env;
