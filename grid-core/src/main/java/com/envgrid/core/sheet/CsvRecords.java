package com.envgrid.core.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 defines them: fields separated by commas, records by CRLF, LF or a lone
 * CR (old Mac Excel); a field in double quotes may hold commas, line breaks and quotes written twice. Quotes inside
 * an unquoted field, or after a closing quote, are kept as text, as spreadsheets read them. Fields are returned
 * as they are, untrimmed.
 */
final class CsvRecords {
    /** A record and the 1-based line of the text on which it starts. */
    record Record(int line, List<String> fields) {
        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String text;
    private int position;
    private int line = 1;

    CsvRecords(String text) {
        this.text = text;
    }

    /**
     * The next record, or null after the last one.
     *
     * @throws UnreadableCsv when a quoted field is never closed: the rest of the file would be one field
     */
    Record next() {
        if (position >= text.length()) {
            return null;
        }
        int first = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"' && fieldStart) {
                quoted(field);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                continue;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                break;
            } else {
                field.append(c);
            }
            fieldStart = false;
        }
        fields.add(field.toString());
        return new Record(first, fields);
    }

    /** Reads a quoted field's content, after its opening quote, up to and including its closing quote. */
    private void quoted(StringBuilder field) {
        int opened = line;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                if (position < text.length() && text.charAt(position) == '"') {
                    field.append('"');
                    position++;
                } else {
                    return;
                }
            } else {
                field.append(c);
                if (c == '\r' || c == '\n') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        field.append('\n');
                        position++;
                    }
                    line++;
                }
            }
        }
        throw new UnreadableCsv(opened, "a quoted field opened on line " + opened + " is never closed");
    }

    private void endOfLine(char c) {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }
}
