package com.envgrid.core.complaint;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/** How a complaint reached the bureau. The public files through WEB or OPEN311; staff enter the others. */
public enum Channel {
    /** 网上: the platform's public web form. */
    WEB("网上", "网站"),
    /** Open311: an Open311 GeoReport v2 client. */
    OPEN311("Open311"),
    /** 12345: the government service hotline. */
    HOTLINE_12345("12345热线", "12345"),
    /** 12369: the environmental protection hotline. */
    HOTLINE_12369("12369热线", "12369"),
    /** 来信: a letter. */
    LETTER("来信"),
    /** 来访: a walk-in visit. */
    VISIT("来访");

    private final String[] chineseNames;

    Channel(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    /** The lower-case English name used in the API: {@code web}, {@code hotline_12345}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Whether the public files by this channel itself, without a member of staff entering it. */
    public boolean isPublicIntake() {
        return this == WEB || this == OPEN311;
    }

    /** Reads a channel given in English ({@code hotline_12369}, any case) or Chinese ({@code 来信}, {@code 12369热线}, {@code 12369}). */
    public static Optional<Channel> parse(String text) {
        return Vocabulary.parse(Channel.class, c -> c.chineseNames, text);
    }
}
