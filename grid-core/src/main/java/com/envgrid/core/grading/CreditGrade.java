package com.envgrid.core.grading;

import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.source.CreditRating;

import java.util.Optional;

/**
 * The four grades of the enterprise environmental credit evaluation (企业环境信用评价): 环保诚信 (green), 环保良好
 * (blue), 环保警示 (yellow), 环保不良 (red), best first. Each is one of the directory's {@link CreditRating}s A–D, which
 * the inspection rules turn into a frequency.
 */
public enum CreditGrade {
    GREEN("环保诚信企业", CreditRating.A),
    BLUE("环保良好企业", CreditRating.B),
    YELLOW("环保警示企业", CreditRating.C),
    RED("环保不良企业", CreditRating.D);

    private final String chineseName;
    private final CreditRating rating;

    CreditGrade(String chineseName, CreditRating rating) {
        this.chineseName = chineseName;
        this.rating = rating;
    }

    /** green, blue, yellow, red: as the API and the database write it. */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The directory's rating of this grade: green A … red D. */
    public CreditRating rating() {
        return rating;
    }

    public static Optional<CreditGrade> parse(String key) {
        return Vocabulary.byKey(CreditGrade.class, key);
    }
}
