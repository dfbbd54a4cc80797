/**
 * Stored runs and their files: listing and summarising runs, finding a run's model file, the models to choose from,
 * curve data for charts, and evaluating or predicting with a stored model.
 */
package org.dinexplorer.app.service.runs;
