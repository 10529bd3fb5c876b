package com.envgrid.core.source;

import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/** Reading the small closed vocabularies of the directory, each word given in English or in Chinese. */
final class Vocabulary {
    private Vocabulary() {
    }

    /** The constant whose English key (any case) or one of whose Chinese names is the trimmed text. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, Function<E, String[]> chineseNames, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(t)) {
                return Optional.of(e);
            }
            for (String chinese : chineseNames.apply(e)) {
                if (chinese.equals(t)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    /** The accepted spellings, {@code operating/运营/在产, …}, for error messages. */
    static <E extends Enum<E>> String accepted(Class<E> type, Function<E, String[]> chineseNames) {
        StringJoiner all = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) {
            all.add(key(e) + "/" + String.join("/", chineseNames.apply(e)));
        }
        return all.toString();
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
