package com.envgrid.core.access;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/** The post a person holds in a grid they are assigned to (not the inspection duties of the duty package). */
public enum Post {
    /** 网格长 of a first-level grid. */
    CHIEF("网格长"),
    /** 网格员 of a grid below the district. */
    SUPERVISOR("网格员");

    private final String chineseName;

    Post(String chineseName) {
        this.chineseName = chineseName;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The post by its key or its Chinese name. */
    public static Optional<Post> parse(String text) {
        return Vocabulary.parse(Post.class, d -> new String[]{d.chineseName}, text);
    }
}
