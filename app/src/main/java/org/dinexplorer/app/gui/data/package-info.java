/**
 * The Data page: import Taobao files or the demo dataset, see what the database holds, browse rejected rows, and
 * build the training set.
 */
package org.dinexplorer.app.gui.data;
