package com.envgrid.core.waste;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A waste code of the National Hazardous Waste List (废物代码): eight digits as {@code NNN-NNN-NN} — the industry
 * source, the waste's number, and the category it belongs to ({@code 900-041-49} is in HW49).
 */
public record WasteCode(String value) implements Comparable<WasteCode> {
    private static final Pattern FORMAT = Pattern.compile("[0-9]{3}-[0-9]{3}-[0-9]{2}");

    public WasteCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a waste code is NNN-NNN-NN, not " + value);
        }
    }

    /** The code in {@code text} (surrounding blanks ignored), or empty when it is not NNN-NNN-NN. */
    public static Optional<WasteCode> parse(String text) {
        String code = text == null ? "" : text.strip();
        return FORMAT.matcher(code).matches() ? Optional.of(new WasteCode(code)) : Optional.empty();
    }

    /** The category the code's last two digits name: {@code HW49} for {@code 900-041-49}. */
    public String category() {
        return "HW" + value.substring(8);
    }

    @Override
    public int compareTo(WasteCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
