/** Help ▸ About: the application's environment, probed in the background. */
package org.dinexplorer.app.gui.about;
