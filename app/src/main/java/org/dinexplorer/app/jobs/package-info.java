/**
 * The background-work seam: jobs report progress and honour cancellation; runners decide the thread. Only
 * {@link org.dinexplorer.app.jobs.FxJobRunner} may use JavaFX.
 */
package org.dinexplorer.app.jobs;
