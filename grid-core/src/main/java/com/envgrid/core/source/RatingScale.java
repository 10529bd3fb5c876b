package com.envgrid.core.source;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The labels a district uses for the four {@link CreditRating}s. Labels are matched trimmed and ignoring case.
 * <p>
 * {@link #DEFAULT} reads the letters {@code A}–{@code D} and the common colour scale, green/blue/yellow/red for
 * A/B/C/D, written 绿/蓝/黄/红, 绿色/蓝色/黄色/红色 or in English. A district with another scale — Jiangsu's five
 * colours with 黑 (black) below red, or words such as 诚信/良好/警示/不良 — defines it with {@link #of(Map)}.
 */
public final class RatingScale {
    public static final RatingScale DEFAULT = of(defaultLabels());

    private final Map<String, CreditRating> byLabel;
    private final Map<CreditRating, List<String>> labels;

    private RatingScale(Map<String, CreditRating> byLabel, Map<CreditRating, List<String>> labels) {
        this.byLabel = byLabel;
        this.labels = labels;
    }

    /**
     * A scale of exactly the given labels (add {@code A}–{@code D} to the map to accept the letters as well).
     *
     * @throws IllegalArgumentException when the map is empty, a label is blank, or two labels differing only in
     *                                  case or surrounding spaces give different ratings
     */
    public static RatingScale of(Map<String, CreditRating> labelToRating) {
        if (labelToRating.isEmpty()) {
            throw new IllegalArgumentException("a rating scale needs at least one label");
        }
        Map<String, CreditRating> byLabel = new HashMap<>();
        Map<CreditRating, List<String>> labels = new EnumMap<>(CreditRating.class);
        labelToRating.forEach((label, rating) -> {
            Objects.requireNonNull(rating, "rating of " + label);
            String key = key(label);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("a rating label must not be blank");
            }
            CreditRating before = byLabel.put(key, rating);
            if (before != null && before != rating) {
                throw new IllegalArgumentException("label " + label.strip() + " is given both " + before + " and " + rating);
            }
            if (before == null) {
                labels.computeIfAbsent(rating, r -> new ArrayList<>()).add(label.strip());
            }
        });
        return new RatingScale(Map.copyOf(byLabel), labels);
    }

    /** The rating a label stands for; empty for a label this scale does not know, or for null. */
    public Optional<CreditRating> parse(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(byLabel.get(key(label)));
    }

    /** The labels of each rating, best first, for error messages: {@code A = A/绿/…; B = B/蓝/…}. */
    public String accepted() {
        StringJoiner all = new StringJoiner("; ");
        labels.forEach((rating, names) -> all.add(rating + " = " + String.join("/", names)));
        return all.toString();
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, CreditRating> defaultLabels() {
        String[][] columns = {
                {"A", "绿", "绿色", "green"},
                {"B", "蓝", "蓝色", "blue"},
                {"C", "黄", "黄色", "yellow"},
                {"D", "红", "红色", "red"}};
        Map<String, CreditRating> labels = new LinkedHashMap<>();
        for (CreditRating rating : CreditRating.values()) {
            for (String label : columns[rating.ordinal()]) {
                labels.put(label, rating);
            }
        }
        return labels;
    }
}
