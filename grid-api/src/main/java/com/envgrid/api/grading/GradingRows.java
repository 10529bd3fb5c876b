package com.envgrid.api.grading;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The record a grade is counted from (problem cases, their events, complaints) and what grading keeps: reviews,
 * publications with their snapshots, appeals and the history of each enterprise's grade. Days are the district's
 * ({@code :zone}); a year is the instants {@code :from} (inclusive) to {@code :to} (exclusive).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GradingRows extends GenericRepository<GradingRows.GradeRow, String> {

    /** An enterprise of the directory as grading needs it. */
    @Introspected
    record Enterprise(String code, String name, @Nullable String gridCode, String rating) {
    }

    @Query("SELECT code, name, grid_code, rating FROM source WHERE kind = 'enterprise' ORDER BY code")
    List<Enterprise> enterprises();

    @Query("SELECT code, name, grid_code, rating FROM source WHERE code = :code")
    Optional<Enterprise> enterprise(String code);

    /**
     * One item of the record: its id, its day, its category (a finding's; a complaint's for a complaint) and
     * description, and a finding's severity (null for the others).
     */
    @Introspected
    record Item(String id, LocalDate onDay, String category, String description, @Nullable String severity) {
    }

    @Query("""
            SELECT c.id::text AS id, (c.opened_at AT TIME ZONE :zone)::date AS on_day,
                   c.category, c.description, c.severity
            FROM problem_case c
            WHERE c.target_kind = 'source' AND c.target_code = :code AND c.inspection_id IS NOT NULL
              AND c.opened_at >= :from AND c.opened_at < :to
            ORDER BY c.opened_at, c.id""")
    List<Item> findings(String code, String zone, Instant from, Instant to);

    /** Cases opened in the year and closed after their last day, or still open past it on {@code asOf}. */
    @Query("""
            SELECT c.id::text AS id, c.due_by AS on_day, c.category, c.description, NULL AS severity
            FROM problem_case c
            WHERE c.target_kind = 'source' AND c.target_code = :code AND c.state <> 'rejected'
              AND c.opened_at >= :from AND c.opened_at < :to
              AND c.due_by < coalesce((c.closed_at AT TIME ZONE :zone)::date, :asOf)
            ORDER BY c.due_by, c.id""")
    List<Item> overdueCases(String code, String zone, Instant from, Instant to, LocalDate asOf);

    /** Cases whose rectification was sent back at verification in the year, on the first such day. */
    @Query("""
            SELECT c.id::text AS id, min((e.at AT TIME ZONE :zone)::date) AS on_day,
                   c.category, c.description, NULL AS severity
            FROM case_event e JOIN problem_case c ON c.id = e.case_id
            WHERE e.action = 'send_back' AND c.target_kind = 'source' AND c.target_code = :code
              AND e.at >= :from AND e.at < :to
            GROUP BY c.id, c.category, c.description
            ORDER BY on_day, c.id""")
    List<Item> reopenedCases(String code, String zone, Instant from, Instant to);

    /** Complaints whose investigation opened a case about the enterprise in the year: confirmed. */
    @Query("""
            SELECT k.id::text AS id, (c.opened_at AT TIME ZONE :zone)::date AS on_day,
                   k.category, c.description, NULL AS severity
            FROM complaint k JOIN problem_case c ON c.id = k.problem_case_id
            WHERE c.target_kind = 'source' AND c.target_code = :code AND c.opened_at >= :from AND c.opened_at < :to
            ORDER BY c.opened_at, k.id""")
    List<Item> confirmedComplaints(String code, String zone, Instant from, Instant to);

    /** Cases verified closed in the year: rectified, and the rectification confirmed. */
    @Query("""
            SELECT c.id::text AS id, (e.at AT TIME ZONE :zone)::date AS on_day,
                   c.category, c.description, NULL AS severity
            FROM case_event e JOIN problem_case c ON c.id = e.case_id
            WHERE e.action = 'verify' AND c.state = 'closed' AND c.target_kind = 'source' AND c.target_code = :code
              AND e.at >= :from AND e.at < :to
            ORDER BY e.at, c.id""")
    List<Item> verifiedCorrections(String code, String zone, Instant from, Instant to);

    /** An enterprise's grade of a year as kept: the review, and once published the snapshot. */
    @MappedEntity("credit_grade")
    record GradeRow(@Id String sourceCode, int year, @Nullable String reviewedGrade, @Nullable String reviewReason,
                    @Nullable Long reviewedBy, @Nullable Instant reviewedAt, @Nullable Long publicationId,
                    @Nullable String proposedGrade, @Nullable Integer score, @Nullable String indicators,
                    @Nullable String publishedGrade) {
    }

    @Query("SELECT source_code, year, reviewed_grade, review_reason, reviewed_by, reviewed_at, publication_id,"
            + " proposed_grade, score, CAST(indicators AS text) AS indicators, published_grade"
            + " FROM credit_grade WHERE source_code = :code AND year = :year")
    Optional<GradeRow> grade(String code, int year);

    @Query("SELECT source_code, year, reviewed_grade, review_reason, reviewed_by, reviewed_at, publication_id,"
            + " proposed_grade, score, CAST(indicators AS text) AS indicators, published_grade"
            + " FROM credit_grade WHERE year = :year")
    List<GradeRow> gradesOf(int year);

    @Query("INSERT INTO credit_grade (source_code, year, reviewed_grade, review_reason, reviewed_by, reviewed_at)"
            + " VALUES (:code, :year, :grade, :reason, :by, :at) ON CONFLICT (source_code, year) DO UPDATE SET"
            + " reviewed_grade = EXCLUDED.reviewed_grade, review_reason = EXCLUDED.review_reason,"
            + " reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at")
    void review(String code, int year, String grade, String reason, long by, Instant at);

    /** Freezes an enterprise's grade in a publication, with the proposal it stood on. */
    @Query("INSERT INTO credit_grade (source_code, year, publication_id, proposed_grade, score, indicators,"
            + " published_grade) VALUES (:code, :year, :publication, :proposed, :score, CAST(:indicators AS jsonb),"
            + " :published) ON CONFLICT (source_code, year) DO UPDATE SET publication_id = EXCLUDED.publication_id,"
            + " proposed_grade = EXCLUDED.proposed_grade, score = EXCLUDED.score, indicators = EXCLUDED.indicators,"
            + " published_grade = EXCLUDED.published_grade")
    void freeze(String code, int year, long publication, String proposed, int score, String indicators,
                String published);

    @Query("UPDATE credit_grade SET published_grade = :grade WHERE source_code = :code AND year = :year")
    void changePublished(String code, int year, String grade);

    /** Whether a grade of a later year than {@code year} is published for the enterprise: its rating is that one's. */
    @Query("SELECT EXISTS (SELECT 1 FROM credit_grade WHERE source_code = :code AND year > :year"
            + " AND published_grade IS NOT NULL)")
    boolean publishedLater(String code, int year);

    @Query("UPDATE source SET rating = :rating, updated_at = :at WHERE code = :code")
    void rate(String code, String rating, Instant at);

    @Introspected
    record Publication(long id, String districtCode, int year, Instant publishedAt, long publishedBy) {
    }

    /** A new publication of a district's year; empty when the year was published already. */
    @Query("INSERT INTO credit_publication (district_code, year, published_at, published_by)"
            + " VALUES (:district, :year, :at, :by) ON CONFLICT (district_code, year) DO NOTHING RETURNING id")
    List<Long> publish(String district, int year, Instant at, long by);

    @Query("SELECT * FROM credit_publication WHERE district_code = :district AND year = :year")
    Optional<Publication> publication(String district, int year);

    @Query("SELECT * FROM credit_publication WHERE id = :id")
    Optional<Publication> publicationById(long id);

    @Introspected
    record Appeal(long id, String sourceCode, int year, String filedFor, String text, long recordedBy,
                  Instant recordedAt, @Nullable String decision, @Nullable String grade, @Nullable String reason,
                  @Nullable Long decidedBy, @Nullable Instant decidedAt) {
    }

    @Query("INSERT INTO credit_appeal (source_code, year, filed_for, text, recorded_by, recorded_at)"
            + " VALUES (:code, :year, :filedFor, :text, :by, :at) RETURNING id")
    long appeal(String code, int year, String filedFor, String text, long by, Instant at);

    @Query("SELECT * FROM credit_appeal WHERE source_code = :code AND year = :year ORDER BY recorded_at, id")
    List<Appeal> appeals(String code, int year);

    @Query("SELECT * FROM credit_appeal WHERE id = :id AND source_code = :code AND year = :year")
    Optional<Appeal> appealOf(long id, String code, int year);

    /** Decides an undecided appeal; 0 when it was decided already. */
    @Query("UPDATE credit_appeal SET decision = :decision, grade = :grade, reason = :reason, decided_by = :by,"
            + " decided_at = :at WHERE id = :id AND decision IS NULL")
    int decide(long id, String decision, @Nullable String grade, String reason, long by, Instant at);

    @Introspected
    record Event(long id, String sourceCode, int year, Instant at, @Nullable Long actorId, String action,
                 @Nullable String grade, @Nullable String note) {
    }

    @Query("INSERT INTO credit_grade_event (source_code, year, at, actor_id, action, grade, note)"
            + " VALUES (:code, :year, :at, :by, :action, :grade, :note)")
    void event(String code, int year, Instant at, long by, String action, @Nullable String grade,
               @Nullable String note);

    /** Every event of an enterprise's grades, all years, newest first. */
    @Query("SELECT * FROM credit_grade_event WHERE source_code = :code ORDER BY at DESC, id DESC")
    List<Event> history(String code);
}
