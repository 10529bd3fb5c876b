package com.envgrid.core.radiation;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * The class of a sealed source (I–V, 放射源分类办法) or of a ray device (I–III, 射线装置分类办法): I is the most
 * dangerous. Read as a Roman numeral in Latin letters or the Chinese forms ({@code Ⅲ}, {@code III类}); written as its
 * numeral ({@code III}).
 */
public enum RadiationClass {
    I("Ⅰ", "Ⅰ类", "I类"),
    II("Ⅱ", "Ⅱ类", "II类"),
    III("Ⅲ", "Ⅲ类", "III类"),
    IV("Ⅳ", "Ⅳ类", "IV类"),
    V("Ⅴ", "Ⅴ类", "V类");

    private final String[] otherNames;

    RadiationClass(String... otherNames) {
        this.otherNames = otherNames;
    }

    /** The numeral as the API and the database write it: {@code I} … {@code V}. */
    public String key() {
        return name();
    }

    public String chineseName() {
        return name() + "类";
    }

    public static Optional<RadiationClass> parse(String text) {
        return Vocabulary.parse(RadiationClass.class, c -> c.otherNames, text);
    }
}
