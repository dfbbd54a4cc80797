/** Widgets shared by the feature views: empty states, the status bar, error and About dialogs. */
package org.dinexplorer.app.gui.common;
