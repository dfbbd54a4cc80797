/**
 * The Runs page: stored runs with their best metrics, overlaid curves of selected runs, rename/annotate/delete,
 * resume, train again with changes, model export and evaluation of a model file.
 */
package org.dinexplorer.app.gui.runs;
