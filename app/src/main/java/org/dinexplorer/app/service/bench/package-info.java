/**
 * Measurements of the app itself: the import benchmark and its result. Headless; the CLI prints what it measures.
 */
package org.dinexplorer.app.service.bench;
