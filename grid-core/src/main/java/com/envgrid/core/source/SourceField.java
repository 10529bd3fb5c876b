package com.envgrid.core.source;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The fields of a point-source row and the column (or property) names that give them, in English or Chinese,
 * matched trimmed and ignoring case. Name, longitude, latitude and rating are required; the rest have defaults.
 */
enum SourceField {
    CODE(false, "code", "编码", "编号"),
    KIND(false, "kind", "类型"),
    NAME(true, "name", "名称", "企业名称", "单位名称"),
    CREDIT_CODE(false, "credit_code", "统一社会信用代码", "信用代码"),
    INDUSTRY(false, "industry", "行业", "行业类别"),
    ADDRESS(false, "address", "地址"),
    // easting and northing: the same columns holding projected coordinates (never X/Y, which Chinese surveying uses
    // the other way round: X is the northing)
    LON(true, "lon", "longitude", "经度", "easting", "东坐标"),
    LAT(true, "lat", "latitude", "纬度", "northing", "北坐标"),
    KEY_DISCHARGER(false, "key_discharger", "重点排污单位", "是否重点排污单位"),
    RATING(true, "rating", "信用等级", "环境信用等级", "评级"),
    STATUS(false, "status", "状态", "经营状态");

    private final boolean required;
    private final List<String> names;

    SourceField(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    boolean required() {
        return required;
    }

    /** The English name, as used in messages when a file has no column for the field. */
    String key() {
        return names.get(0);
    }

    String accepted() {
        return String.join(", ", names);
    }

    static Optional<SourceField> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (SourceField field : values()) {
            if (field.names.contains(n)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * Which of the names (a header row, a feature's property names) gives which field, as positions in the list;
     * names of no field are ignored. A field named twice keeps its first position, and {@code twice} hears of the
     * second name with a message.
     */
    static Map<SourceField, Integer> locate(List<String> names, BiConsumer<String, String> twice) {
        Map<SourceField, Integer> positions = new EnumMap<>(SourceField.class);
        for (int i = 0; i < names.size(); i++) {
            int at = i;
            named(names.get(i)).ifPresent(field -> {
                Integer first = positions.putIfAbsent(field, at);
                if (first != null) {
                    twice.accept(names.get(at).strip(), "\"" + names.get(first).strip() + "\" and \""
                            + names.get(at).strip() + "\" both give the " + field.key() + ": keep one");
                }
            });
        }
        return positions;
    }
}
