/** Chart widgets shared by the Train and Runs pages: decimated line charts, smoothing, export of what is shown. */
package org.dinexplorer.app.gui.charts;
