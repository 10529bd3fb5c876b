package com.envgrid.core.access;

import com.envgrid.core.input.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/** What a staff account is: the platform's four roles. */
public enum Role {
    /** 区局管理员: maintains grids and people, sees everything. */
    ADMIN("区局管理员", "管理员"),
    /** 区级查看员: reads everything except personal data, changes nothing. */
    VIEWER("区级查看员", "查看员"),
    /** 网格长: reads and manages their first-level grid and everything in it. */
    CHIEF("网格长"),
    /** 网格员: reads their own grids and writes only in them. */
    SUPERVISOR("网格员");

    private final String chineseName;
    private final String[] otherNames;

    Role(String chineseName, String... shortNames) {
        this.chineseName = chineseName;
        this.otherNames = new String[shortNames.length + 1];
        otherNames[0] = chineseName;
        System.arraycopy(shortNames, 0, otherNames, 1, shortNames.length);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The role by its key or its Chinese name (a roster says 网格员, the API supervisor). */
    public static Optional<Role> parse(String text) {
        return Vocabulary.parse(Role.class, r -> r.otherNames, text);
    }
}
