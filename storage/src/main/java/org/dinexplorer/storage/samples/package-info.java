/**
 * Training samples: splits impressions by Asia/Shanghai calendar day, keeps per-user behaviour arrays sorted by time
 * with, per impression, the slice of behaviours strictly earlier than it, builds the vocabularies and the dataset
 * fingerprint, and reads encoded samples back in a fixed order or by index. Depends on the JDK, SQLite and the
 * {@code vocab} package; never on the model, ND4J or JavaFX.
 */
package org.dinexplorer.storage.samples;
