package org.dinexplorer.storage.importing;

import java.util.Arrays;

/**
 * One CSV record as read: its line number, its text (fields joined by commas, capped) and where each field lies in
 * that text. A single instance is reused for every record of a file, so the parser allocates nothing per row.
 */
final class ParsedRow {

    /** {@link #number} result for an empty field. */
    static final long EMPTY = -1;
    /** {@link #number} result for a field that is not a non-negative whole number. */
    static final long INVALID = -2;

    private static final int MAX_DIGITS = 18;
    private static final int SHRINK_ABOVE = 4096;

    private final int maxChars;
    private final int[] starts;
    private final int[] ends;
    private char[] text = new char[128];
    private int length;
    private int fieldCount;
    private long line;
    private boolean tooLong;

    /**
     * @param maxFields fields whose position is kept; later fields are only counted
     * @param maxChars  longer records are marked too long and their text is cut
     */
    ParsedRow(int maxFields, int maxChars) {
        this.maxChars = maxChars;
        this.starts = new int[maxFields];
        this.ends = new int[maxFields];
    }

    /** Makes this row a copy of {@code other}, which must have been built for the same file role. */
    void copyFrom(ParsedRow other) {
        line = other.line;
        fieldCount = other.fieldCount;
        tooLong = other.tooLong;
        length = other.length;
        if (text.length < length || text.length > SHRINK_ABOVE && length < SHRINK_ABOVE) {
            // pooled rows must not keep the buffer of a rare very long line
            text = new char[Math.max(128, length)];
        }
        System.arraycopy(other.text, 0, text, 0, length);
        int kept = Math.min(fieldCount, starts.length);
        System.arraycopy(other.starts, 0, starts, 0, kept);
        System.arraycopy(other.ends, 0, ends, 0, kept);
    }

    void begin(long lineNumber) {
        line = lineNumber;
        length = 0;
        fieldCount = 0;
        tooLong = false;
    }

    void addField(char[] buffer, int offset, int count) {
        if (fieldCount > 0) {
            append(',');
        }
        int start = length;
        if (!tooLong) {
            int room = maxChars - length;
            int copy = Math.min(room, count);
            ensureCapacity(length + copy);
            System.arraycopy(buffer, offset, text, length, copy);
            length += copy;
            tooLong = count > room;
        }
        if (fieldCount < starts.length) {
            starts[fieldCount] = start;
            ends[fieldCount] = length;
        }
        fieldCount++;
    }

    private void append(char c) {
        if (length >= maxChars) {
            tooLong = true;
            return;
        }
        ensureCapacity(length + 1);
        text[length++] = c;
    }

    private void ensureCapacity(int needed) {
        if (needed > text.length) {
            text = Arrays.copyOf(text, Math.min(maxChars, Math.max(needed, text.length * 2)));
        }
    }

    /** 1-based line number of the record's first line. */
    long line() {
        return line;
    }

    /** Number of fields, including those beyond the kept positions. */
    int fieldCount() {
        return fieldCount;
    }

    /** Whether the record was longer than the configured maximum. */
    boolean tooLong() {
        return tooLong;
    }

    /** The field's text with surrounding spaces removed. */
    String field(int index) {
        int start = trimmedStart(index);
        return new String(text, start, trimmedEnd(index) - start);
    }

    /** Whether the field is empty or only spaces. */
    boolean isEmpty(int index) {
        return trimmedEnd(index) == trimmedStart(index);
    }

    /** Whether the field equals {@code expected} exactly (after trimming spaces). */
    boolean fieldEquals(int index, String expected) {
        int start = trimmedStart(index);
        int end = trimmedEnd(index);
        if (end - start != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (text[start + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a non-negative whole number of at most 18 digits without allocating.
     *
     * @return the value, {@link #EMPTY} or {@link #INVALID}
     */
    long number(int index) {
        int start = trimmedStart(index);
        int end = trimmedEnd(index);
        if (start == end) {
            return EMPTY;
        }
        if (end - start > MAX_DIGITS) {
            return INVALID;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Whether the field looks like {@code 430548_1007}: digits, one underscore, digits. */
    boolean isPid(int index) {
        int start = trimmedStart(index);
        int end = trimmedEnd(index);
        int underscore = -1;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c == '_' && underscore < 0) {
                underscore = i;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return underscore > start && underscore < end - 1;
    }

    /** The record's text, cut to {@code maxChars} characters. */
    String rawText(int maxChars) {
        return new String(text, 0, Math.min(length, maxChars));
    }

    private int trimmedStart(int index) {
        int start = starts[index];
        int end = ends[index];
        while (start < end && text[start] == ' ') {
            start++;
        }
        return start;
    }

    private int trimmedEnd(int index) {
        int start = starts[index];
        int end = ends[index];
        while (end > start && text[end - 1] == ' ') {
            end--;
        }
        return end;
    }
}
