package com.envgrid.core.source;

import com.envgrid.core.input.Vocabulary;

import java.util.Optional;

/**
 * What a point source is: an enterprise (企业), which is known by its unified social credit code; a construction
 * site (建筑工地), watched above all for dust; or any other pollution source (其他污染源) — a yard, a canteen, an
 * outlet.
 */
public enum SourceKind {
    ENTERPRISE("企业"),
    CONSTRUCTION_SITE("建筑工地", "工地"),
    OTHER("其他污染源", "其他");

    private final String[] chineseNames;

    SourceKind(String... chineseNames) {
        this.chineseNames = chineseNames;
    }

    /** The lower-case English name used in the API and in files: {@code enterprise}, {@code construction_site}, … */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseNames[0];
    }

    /** Reads a kind given in English ({@code construction_site}, any case) or Chinese ({@code 建筑工地}, {@code 工地}). */
    public static Optional<SourceKind> parse(String text) {
        return Vocabulary.parse(SourceKind.class, k -> k.chineseNames, text);
    }

    /** The accepted spellings, for error messages. */
    public static String accepted() {
        return Vocabulary.accepted(SourceKind.class, k -> k.chineseNames);
    }
}
