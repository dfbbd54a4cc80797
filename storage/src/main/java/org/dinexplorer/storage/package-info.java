/**
 * Storage of DIN Explorer: the SQLite database, the importers of the Taobao files, vocabularies and samples.
 * Depends on sqlite-jdbc, the CSV parser and SLF4J only; it knows nothing of the model, ND4J, JavaFX or the app.
 */
package org.dinexplorer.storage;
