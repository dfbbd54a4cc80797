/**
 * Opening the SQLite database with the project's pragmas and migrating its schema forwards. Nothing here knows the
 * meaning of the tables; the migration scripts next to these classes define them.
 */
package org.dinexplorer.storage.db;
