/**
 * The headless command line: thin picocli commands that parse arguments, call a service and print the result.
 * No JavaFX here, and no business logic.
 */
package org.dinexplorer.app.cli;
