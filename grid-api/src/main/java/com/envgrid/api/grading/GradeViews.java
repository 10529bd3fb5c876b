package com.envgrid.api.grading;

import com.envgrid.core.grading.CreditGrade;
import com.envgrid.core.grading.Evidence;
import com.envgrid.core.grading.Grading;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Credit grades as the API shows them; grades by key ({@code green} … {@code red}) with their Chinese names. */
final class GradeViews {
    private GradeViews() {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record EvidenceView(String kind, String id, LocalDate on, String note) {
        static EvidenceView of(Evidence e) {
            return new EvidenceView(e.kind(), e.id(), e.on(), e.note());
        }
    }

    /** An indicator as it counted: points negative when taken off. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record IndicatorView(String indicator, String name, boolean favourable, int count, int weight, int points,
                         List<EvidenceView> evidence) {
        static IndicatorView of(Grading.Scored s) {
            return new IndicatorView(s.indicator().key(), s.indicator().chineseName(), s.indicator().favourable(),
                    s.count(), s.weight(), s.points(), s.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    /** The grade a record proposes, live or as published. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Proposal(int score, String grade, String gradeName, List<IndicatorView> indicators) {
        static Proposal of(Grading g) {
            return new Proposal(g.score(), g.grade().key(), g.grade().chineseName(),
                    g.indicators().stream().map(IndicatorView::of).toList());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record AppealView(long id, String filedFor, String text, String recordedBy, Instant recordedAt,
                      @Nullable String decision, @Nullable String grade, @Nullable String reason,
                      @Nullable String decidedBy, @Nullable Instant decidedAt) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record HistoryEntry(int year, Instant at, String actor, String action, @Nullable String grade,
                        @Nullable String note) {
    }

    /**
     * An enterprise's grade of a year on its card: the proposal (live until published, then frozen), the review,
     * the published grade, appeals, and the history of all its years; what the caller may do.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record GradeCard(String code, String name, int year, boolean published, @Nullable Instant publishedAt,
                     Proposal proposal, @Nullable String reviewedGrade, @Nullable String reviewReason,
                     @Nullable String reviewedBy, @Nullable String publishedGrade, List<AppealView> appeals,
                     List<HistoryEntry> history, boolean mayReview, boolean mayAppeal) {
    }

    /** An enterprise's line in the district's list. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record ListLine(String code, String name, @Nullable String gridCode, int score, String proposedGrade,
                    @Nullable String reviewedGrade, @Nullable String reviewReason, @Nullable String publishedGrade) {
        /** The grade it has or would have: published, else reviewed, else proposed. */
        String grade() {
            return publishedGrade != null ? publishedGrade : reviewedGrade != null ? reviewedGrade : proposedGrade;
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record DistrictList(String district, int year, boolean published, @Nullable Instant publishedAt,
                        List<ListLine> enterprises) {
    }

    /** A green or red enterprise of a published list, as the public reads it. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record PublicLine(String district, String code, String name, String grade, String gradeName) {
    }

    static String name(String key) {
        return key == null ? "" : CreditGrade.parse(key).map(CreditGrade::chineseName).orElse(key);
    }
}
