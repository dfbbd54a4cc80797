package org.dinexplorer.storage.importing;

/** Running counts and resume cursor of one import; saved with every committed chunk. */
final class Counts {
    long cursorLine;
    long cursorBytes;
    long read;
    long stored;
    long rejected;
    long duplicate;

    long accepted() {
        return stored + duplicate;
    }
}
