/**
 * Vocabularies: dense indices for raw categorical ids, built from the training split only. Index 0 is padding, index 1
 * is "unknown", real values start at 2 in order of descending frequency with ties broken by raw value, so the same data
 * always gets the same indices. This package depends on nothing but the JDK.
 */
package org.dinexplorer.storage.vocab;
