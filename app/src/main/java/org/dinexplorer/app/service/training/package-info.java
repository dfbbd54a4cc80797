/**
 * Training models as stored runs: the run config and its JSON, the environment and log of a run, curves and heartbeats
 * recorded while training, the outcome, reproducing a stored run, and the batch-size advice.
 */
package org.dinexplorer.app.service.training;
