/**
 * Read-only summaries of the imported data for the Data page: table sizes, distinct ids, CTR per day and behaviours
 * per day by type (read from the figures the importer keeps with every chunk), and the rejected rows page by page.
 * Never writes.
 */
package org.dinexplorer.storage.overview;
