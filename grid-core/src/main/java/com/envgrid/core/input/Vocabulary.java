package com.envgrid.core.input;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Reading the small closed vocabularies of the platform (states, kinds, categories, roles…), each word given by its
 * English key or one of its other names (Chinese, or a standard alias such as {@code EPSG:4326}), in any case.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The constant whose name or one of whose other names is the trimmed text, ignoring case. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, Function<E, String[]> otherNames, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
            for (String name : otherNames.apply(e)) {
                if (name.equalsIgnoreCase(t)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The accepted spellings, {@code minor/轻微, …}, for error messages. */
    public static <E extends Enum<E>> String accepted(Class<E> type, Function<E, String[]> otherNames) {
        StringJoiner all = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) {
            StringJoiner spellings = new StringJoiner("/");
            spellings.add(key(e));
            for (String name : otherNames.apply(e)) {
                spellings.add(name);
            }
            all.add(spellings.toString());
        }
        return all.toString();
    }

    /** The constant whose key is exactly the text (no other spelling): how a filter of the API names one. */
    public static <E extends Enum<E>> Optional<E> byKey(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (key(e).equals(text)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
