package com.envgrid.core.sheet;

/** The file cannot be read as CSV text from {@code line} on: not text at all, or a quoted field never closed. */
final class UnreadableCsv extends RuntimeException {
    private final int line;
    private final String messageZh;

    UnreadableCsv(int line, String message, String messageZh) {
        super(message);
        this.line = line;
        this.messageZh = messageZh;
    }

    String messageZh() {
        return messageZh;
    }

    int line() {
        return line;
    }
}
