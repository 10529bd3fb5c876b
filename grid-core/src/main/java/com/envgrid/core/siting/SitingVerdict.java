package com.envgrid.core.siting;

import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.source.ZoneLevel;

/**
 * What a protection zone means for a new project sited in it, strictest first, with the rule of
 * 《中华人民共和国水污染防治法》 that says so; {@link #CLEAR} when the site lies in no zone.
 */
public enum SitingVerdict {
    PROHIBITED("禁止", "《中华人民共和国水污染防治法》第六十五条：禁止在饮用水水源一级保护区内新建、改建、扩建与供水设施和保护水源无关的建设项目。"),
    RESTRICTED("限制", "《中华人民共和国水污染防治法》第六十六条：禁止在饮用水水源二级保护区内新建、改建、扩建排放污染物的建设项目。"),
    CONDITIONAL("有条件", "《中华人民共和国水污染防治法》第六十七条：禁止在饮用水水源准保护区内新建、扩建对水体污染严重的建设项目；改建建设项目，不得增加排污量。"),
    CLEAR("不涉及", "选址不在饮用水水源保护区内。");

    private final String chineseName;
    private final String rule;

    SitingVerdict(String chineseName, String rule) {
        this.chineseName = chineseName;
        this.rule = rule;
    }

    /** The verdict a site gets inside a zone of {@code level}. */
    public static SitingVerdict in(ZoneLevel level) {
        return switch (level) {
            case FIRST -> PROHIBITED;
            case SECOND -> RESTRICTED;
            case QUASI -> CONDITIONAL;
        };
    }

    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The rule that applies, citing the article of the law. */
    public String rule() {
        return rule;
    }
}
