/**
 * Bringing data in: the Taobao files imported into a database with progress and a summary, and the built-in demo-data
 * generator.
 */
package org.dinexplorer.app.service.imports;
