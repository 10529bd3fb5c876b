package com.envgrid.core.sheet;

/** The file cannot be read as CSV text from {@code line} on: not text at all, or a quoted field never closed. */
final class UnreadableCsv extends RuntimeException {
    private final int line;

    UnreadableCsv(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }
}
