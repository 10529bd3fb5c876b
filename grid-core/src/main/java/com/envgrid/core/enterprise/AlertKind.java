package com.envgrid.core.enterprise;

import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;

/**
 * What the platform raises by itself about an enterprise: hazardous waste stored past a year, handed to a receiver
 * without a valid operating licence, or generated far from the year's management plan; a radiation safety licence
 * about to expire or expired. Each alert but the early warning opens a problem case of its {@link #category()}
 * against the enterprise, with its {@link #severity()}; the credit grading counts them per year.
 */
public enum AlertKind {
    HW_STORED_OVER_YEAR("危险废物贮存超过一年", FindingCategory.HAZARDOUS_WASTE, Severity.SERIOUS, true),
    HW_UNLICENSED_RECEIVER("危险废物转移给无有效许可证的单位", FindingCategory.HAZARDOUS_WASTE, Severity.SERIOUS, true),
    HW_OFF_PLAN("危险废物产生量与管理计划偏差较大", FindingCategory.HAZARDOUS_WASTE, Severity.GENERAL, true),
    RADIATION_LICENCE_EXPIRING("辐射安全许可证即将到期", FindingCategory.RADIATION, Severity.MINOR, false),
    RADIATION_LICENCE_EXPIRED("辐射安全许可证已过期", FindingCategory.RADIATION, Severity.SERIOUS, true);

    private final String chineseName;
    private final FindingCategory category;
    private final Severity severity;
    private final boolean opensCase;

    AlertKind(String chineseName, FindingCategory category, Severity severity, boolean opensCase) {
        this.chineseName = chineseName;
        this.category = category;
        this.severity = severity;
        this.opensCase = opensCase;
    }

    /** The lower-case English name used in the API and the database: {@code hw_stored_over_year}, … */
    public String key() {
        return Vocabulary.key(this);
    }

    public String chineseName() {
        return chineseName;
    }

    /** The finding category of the case it opens, and of the compliance indicator the grading counts it under. */
    public FindingCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    /** Whether raising it opens a problem case; an early warning only notifies. */
    public boolean opensCase() {
        return opensCase;
    }
}
