/**
 * Producing items on a background thread a bounded number ahead of their consumer: the file read-ahead and the
 * parsing thread of the importers, and the app's batch assembly for training. Depends on {@code java.*} only.
 */
package org.dinexplorer.storage.prefetch;
