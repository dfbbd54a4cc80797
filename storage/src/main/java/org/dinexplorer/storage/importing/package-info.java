/**
 * Importing the four Taobao CSV files into SQLite: per-row validation with rejected rows kept, chunked and resumable
 * transactions with the file cursor stored next to the data, and a report per file. Uses FastCSV, JDBC and SLF4J
 * only; it knows nothing of the model, ND4J, JavaFX or the app.
 */
package org.dinexplorer.storage.importing;
