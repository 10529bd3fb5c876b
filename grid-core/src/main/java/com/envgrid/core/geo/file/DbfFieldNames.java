package com.envgrid.core.geo.file;

import com.envgrid.core.geo.feature.Field;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of a layer's fields in a Shapefile's .dbf, where a name has at most 10 characters. The mapping is
 * deterministic, so the same layer always gets the same names:
 * <ol>
 *     <li>a name of at most 10 characters is kept as it is ({@code code}, {@code level});</li>
 *     <li>a longer one loses the vowels (a, e, i, o, u) that do not begin one of its {@code _}-separated words
 *     ({@code parent_code} → {@code prnt_cd}, {@code updated_at} → {@code updtd_at}), then, when still longer than
 *     10, is cut to its first 10 characters ({@code responsible_person} → {@code rspnsbl_pr});</li>
 *     <li>a shortened name equal to one already taken (names compare ignoring case, as in dBASE) ends in {@code _2},
 *     {@code _3} … instead, cut so that it stays within 10 characters ({@code rspnsbl__2}).</li>
 * </ol>
 * Names are taken in this order: first all names kept as they are, then the shortened ones in field order.
 */
public final class DbfFieldNames {
    static final int MAX_LENGTH = 10;

    private DbfFieldNames() {
    }

    /** The .dbf name of each field, by the field's name, in field order. */
    public static Map<String, String> of(List<Field> fields) {
        Set<String> taken = new HashSet<>();
        for (Field field : fields) {
            if (field.name().length() <= MAX_LENGTH) {
                taken.add(field.name().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Field field : fields) {
            String name = field.name();
            if (name.length() <= MAX_LENGTH) {
                names.put(name, name);
                continue;
            }
            String shortened = cut(withoutInnerVowels(name), MAX_LENGTH);
            String unique = shortened;
            for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "_" + n;
                unique = cut(shortened, MAX_LENGTH - suffix.length()) + suffix;
            }
            taken.add(unique.toLowerCase(Locale.ROOT));
            names.put(name, unique);
        }
        return names;
    }

    private static String withoutInnerVowels(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean startsWord = i == 0 || name.charAt(i - 1) == '_';
            if (startsWord || "aeiouAEIOU".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cut(String name, int length) {
        return name.length() <= length ? name : name.substring(0, length);
    }
}
