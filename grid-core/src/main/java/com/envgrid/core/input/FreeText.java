package com.envgrid.core.input;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What any text a client sends may be: at most {@link #MAX_CHARS} characters (notes, descriptions, replies, reasons)
 * and no control character except tab, line feed and carriage return — a NUL cannot be stored in PostgreSQL, and the
 * others are never typed by a person. Names and titles have the shorter bound {@link #MAX_NAME_CHARS}.
 */
public final class FreeText {
    public static final int MAX_CHARS = 4000;
    public static final int MAX_NAME_CHARS = 100;

    private FreeText() {
    }

    /** What is wrong with the text, or empty when it may be taken in (null and empty texts may). */
    public static Optional<String> problem(String text) {
        return problemAt("", text).map(InputProblem::message);
    }

    /** What is wrong with the text at {@code pointer}, with its code, or empty when it may be taken in. */
    public static Optional<InputProblem> problemAt(String pointer, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_CHARS) {
            return Optional.of(new InputProblem(pointer, "a text has at most " + String.format(Locale.ROOT, "%,d", MAX_CHARS)
                    + " characters; this one has " + String.format(Locale.ROOT, "%,d", text.length()),
                    InputCode.TOO_LONG, Map.of("limit", MAX_CHARS, "length", text.length())));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(new InputProblem(pointer, String.format(Locale.ROOT, "control character U+%04X at position %d:"
                        + " text may hold tabs and line breaks but no other control characters", (int) c, i),
                        InputCode.CONTROL_CHARACTER, Map.of("position", i)));
            }
        }
        return Optional.empty();
    }

    /** A problem for a name or title longer than {@link #MAX_NAME_CHARS}, or empty. */
    public static Optional<InputProblem> tooLongName(String pointer, String name) {
        return name != null && name.strip().length() > MAX_NAME_CHARS
                ? Optional.of(new InputProblem(pointer, "a name or title has at most " + MAX_NAME_CHARS + " characters",
                        InputCode.TOO_LONG, Map.of("limit", MAX_NAME_CHARS)))
                : Optional.empty();
    }
}
