/** The application: launcher, data directory, version; the GUI and CLI live in sub-packages. */
package org.dinexplorer.app;
