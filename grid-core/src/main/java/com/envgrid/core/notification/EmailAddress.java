package com.envgrid.core.notification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as people write it on a form: local part, {@code @}, a domain with at least one dot (no IP
 * literals, no quoted local parts — a deliberately narrow subset of RFC 5322 that real addresses fit). Lower-cased
 * domain, local part as given.
 */
public final class EmailAddress {
    private static final String ADDRESS = "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
    private static final Pattern WHOLE = Pattern.compile(ADDRESS);
    private static final Pattern WITHIN = Pattern.compile("(?<![A-Za-z0-9._%+-])" + ADDRESS);
    /** RFC 5321's limit for a whole address. */
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** Whether the text, trimmed, is one address. */
    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH && WHOLE.matcher(text.strip()).matches();
    }

    /** The address written as the text, normalised; empty unless {@link #isValid}. */
    public static Optional<String> parse(String text) {
        return isValid(text) ? Optional.of(normal(text.strip())) : Optional.empty();
    }

    /**
     * The first address found in free text, such as a complainant's contact ("王先生 13800000000 wang@example.cn");
     * empty when there is none.
     */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = WITHIN.matcher(text);
        return m.find() && m.group().length() <= MAX_LENGTH ? Optional.of(normal(m.group())) : Optional.empty();
    }

    private static String normal(String address) {
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }
}
