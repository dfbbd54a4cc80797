/**
 * The built training set (columnar arrays beside the database): building and opening it, and the batches it feeds to
 * training and evaluation.
 */
package org.dinexplorer.app.service.dataset;
