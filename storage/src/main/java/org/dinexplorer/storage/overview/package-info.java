/**
 * Read-only summaries of the imported data for the Data page: table sizes, distinct ids, CTR per day and behaviours
 * per day by type. Reads the import tables only; never writes.
 */
package org.dinexplorer.storage.overview;
