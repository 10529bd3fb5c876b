package com.envgrid.api.coverage;

import com.envgrid.api.inspection.CountsAsInspectedSql;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The coverage figures of a period as PostgreSQL aggregates them, per grid where things were recorded. Dates are
 * the district's: the caller gives today and the district's time zone, PostgreSQL never decides either. Duties count when their due date falls in the period; inspections, cases and
 * complaints when they happened in it. A duty is done, and a source due counts as inspected, by the policy
 * {@link com.envgrid.core.inspection.CountsAsInspected} (its SQL form: {@link CountsAsInspectedSql}). Inspections
 * as records count once however often corrected: only the latest correction counts, plausible or flagged.
 * Each counts everywhere, or ({@code …In}) — for one grid's figures — only in the grids given. Inspections and
 * complaints are asked for by their time in the period, their tables' partition key, so that PostgreSQL reads only
 * the period's monthly partitions (V28).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CoverageQueries extends GenericRepository<CoverageQueries.LayerRow, Short> {
    /** The repository's nominal entity; every query here is an aggregate. */
    @io.micronaut.data.annotation.MappedEntity("grid_layer")
    record LayerRow(@io.micronaut.data.annotation.Id short id, long version) {
    }

    /**
     * Plans the aggregations of the current transaction for the dates they are given each time. The JDBC driver
     * prepares a statement on the server after its fifth run, and PostgreSQL may then switch to a generic plan that
     * ignores how narrow the dates are — measured: coverage requests went from about 2.5 s to over 10 s once the
     * pool's connections had run them a few times.
     */
    @Query("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
    String planEachRun();

    /**
     * The version of what the period's figures are counted from (V45): the sum of the change numbers of its days —
     * a day more on each side, as changes are dated by UTC day —, of the problem cases opened before its end, and of
     * what changes every period. It changes with any change committed there, whatever order they were numbered in.
     */
    @Query("SELECT coalesce(sum(version), 0)::bigint FROM coverage_change WHERE day <= :toDay AND (open OR day >= :fromDay)")
    long dataVersion(LocalDate fromDay, LocalDate toDay);

    @Introspected
    record Duties(String gridCode, int dutiesDue, int dutiesDone, int dutiesDoneOnTime, int dutiesOverdue,
                  int patrolsDue, int patrolsDone, int objectsDue, int objectsInspected) {
    }

    /**
     * Aggregated once per grid and target before per grid, so that the distinct sources due are the groups rather
     * than a sort per grid; the sources inspected in the period are found once, as a set that PostgreSQL hashes,
     * rather than by a probe of the inspections for every duty. DISTINCT, so that the planner sizes that set by the
     * sources (20,000 in a district) rather than by the period's inspections: 250,000 of them do not fit work_mem,
     * and the IN then scans them again for every source due (45 s instead of 0.4 s for a district's quarter).
     */
    String DUTIES_FROM = """
            WITH inspected AS (
                SELECT DISTINCT i.target_code FROM inspection i
                WHERE i.target_kind = 'source' AND i.inspected_at >= :from AND i.inspected_at < :to
                  AND\s""" + CountsAsInspectedSql.ON_I + """
            ),
            per_target AS (
                SELECT d.grid_code, d.target_kind, d.target_code, count(*) AS due, count(d.done_at) AS done,
                       count(*) FILTER (WHERE (d.done_at AT TIME ZONE :zone)::date <= d.due_by) AS on_time,
                       count(*) FILTER (WHERE d.done_at IS NULL AND d.due_by < :today) AS overdue
                FROM duty d
                WHERE d.purpose = 'routine' AND d.due_by >= :fromDay AND d.due_by < :toDay""";

    String DUTIES_PER_GRID = """
             GROUP BY d.grid_code, d.target_kind, d.target_code)
            SELECT t.grid_code, sum(t.due)::int AS duties_due, sum(t.done)::int AS duties_done,
                   sum(t.on_time)::int AS duties_done_on_time, sum(t.overdue)::int AS duties_overdue,
                   coalesce(sum(t.due) FILTER (WHERE t.target_kind <> 'source'), 0)::int AS patrols_due,
                   coalesce(sum(t.done) FILTER (WHERE t.target_kind <> 'source'), 0)::int AS patrols_done,
                   count(*) FILTER (WHERE t.target_kind = 'source') AS objects_due,
                   count(*) FILTER (WHERE t.target_kind = 'source'
                                    AND t.target_code IN (SELECT target_code FROM inspected)) AS objects_inspected
            FROM per_target t
            GROUP BY t.grid_code""";

    @Query(DUTIES_FROM + DUTIES_PER_GRID)
    List<Duties> duties(Instant from, Instant to, LocalDate fromDay, LocalDate toDay, LocalDate today, String zone);

    @Query(DUTIES_FROM + " AND d.grid_code = ANY(:grids)" + DUTIES_PER_GRID)
    List<Duties> dutiesIn(Instant from, Instant to, LocalDate fromDay, LocalDate toDay, LocalDate today, String zone, String[] grids);

    @Introspected
    record Inspections(String gridCode, int inspections, int inspectionsFlagged) {
    }

    String INSPECTIONS = """
            SELECT i.grid_code, count(*) AS inspections, count(*) FILTER (WHERE NOT i.location_plausible) AS inspections_flagged
            FROM inspection i
            WHERE i.inspected_at >= :from AND i.inspected_at < :to
              AND\s""" + CountsAsInspectedSql.NOT_CORRECTED_I;

    @Query(INSPECTIONS + " GROUP BY i.grid_code")
    List<Inspections> inspections(Instant from, Instant to);

    @Query(INSPECTIONS + " AND i.grid_code = ANY(:grids) GROUP BY i.grid_code")
    List<Inspections> inspectionsIn(Instant from, Instant to, String[] grids);

    @Introspected
    record Problems(String gridCode, int problemsOpen, int problemsOverdue, int problemsClosed, int problemsClosedOnTime) {
    }

    /**
     * The cases open at some time in the period: open at its end (not yet closed or rejected then — a case has a
     * closing time exactly when it is final), overdue among those when their deadline had passed by then (by today
     * while the period runs), and closed in it. {@code overdueBefore} is the earlier of today and the day after the
     * period. The cases are asked for by "not closed before the period" (index V45) as well as "opened before its
     * end", so that the cases closed long ago are not read.
     */
    String PROBLEMS = """
            SELECT c.grid_code,
                   count(*) FILTER (WHERE c.closed_at IS NULL OR c.closed_at >= :to) AS problems_open,
                   count(*) FILTER (WHERE (c.closed_at IS NULL OR c.closed_at >= :to) AND c.due_by < :overdueBefore) AS problems_overdue,
                   count(*) FILTER (WHERE c.closed_at < :to AND c.state = 'closed') AS problems_closed,
                   count(*) FILTER (WHERE c.closed_at < :to AND c.state = 'closed'
                                    AND (c.closed_at AT TIME ZONE :zone)::date <= c.due_by) AS problems_closed_on_time
            FROM problem_case c
            WHERE c.opened_at < :to AND coalesce(c.closed_at, 'infinity') >= :from""";

    @Query(PROBLEMS + " GROUP BY c.grid_code")
    List<Problems> problems(Instant from, Instant to, LocalDate overdueBefore, String zone);

    @Query(PROBLEMS + " AND c.grid_code = ANY(:grids) GROUP BY c.grid_code")
    List<Problems> problemsIn(Instant from, Instant to, LocalDate overdueBefore, String zone, String[] grids);

    @Introspected
    record Complaints(String gridCode, int complaintsReceived, int complaintsClosed, int complaintsClosedOnTime,
                      int complaintsRated, int complaintsSatisfied) {
    }

    String COMPLAINTS = """
            SELECT c.grid_code,
                   count(*) AS complaints_received,
                   count(c.closed_at) AS complaints_closed,
                   count(*) FILTER (WHERE (c.closed_at AT TIME ZONE :zone)::date <= c.close_by) AS complaints_closed_on_time,
                   count(c.satisfaction) AS complaints_rated,
                   count(*) FILTER (WHERE c.satisfaction IN ('satisfied', 'basically_satisfied')) AS complaints_satisfied
            FROM complaint c
            WHERE c.grid_code IS NOT NULL AND c.received_at >= :from AND c.received_at < :to""";

    @Query(COMPLAINTS + " GROUP BY c.grid_code")
    List<Complaints> complaints(Instant from, Instant to, String zone);

    @Query(COMPLAINTS + " AND c.grid_code = ANY(:grids) GROUP BY c.grid_code")
    List<Complaints> complaintsIn(Instant from, Instant to, String zone, String[] grids);

    @Introspected
    record Measures(String gridCode, int measuresDue, int measuresVerified) {
    }

    /**
     * The measures of remediation plans (一厂一策) due in the period — not cancelled, their deadline in it — in the
     * grid their enterprise lies in, and those of them verified by the period's end.
     */
    String MEASURES = """
            SELECT s.grid_code, count(*) AS measures_due, count(*) FILTER (WHERE m.verified_at < :to) AS measures_verified
            FROM plan_measure m
            JOIN remediation_plan p ON p.id = m.plan_id
            JOIN source s ON s.code = p.source_code
            WHERE m.state <> 'cancelled' AND m.deadline >= :fromDay AND m.deadline < :toDay AND s.grid_code IS NOT NULL""";

    @Query(MEASURES + " GROUP BY s.grid_code")
    List<Measures> measures(Instant to, LocalDate fromDay, LocalDate toDay);

    @Query(MEASURES + " AND s.grid_code = ANY(:grids) GROUP BY s.grid_code")
    List<Measures> measuresIn(Instant to, LocalDate fromDay, LocalDate toDay, String[] grids);

    /** A problem or a complaint where it happened, for the map's point layer. */
    @Introspected
    record Point(String kind, long id, String gridCode, String state, boolean overdue, String label, LocalDate opened,
                 double lon, double lat) {
    }

    /**
     * The problems open at some time in [from, to) — where their inspection was made, or where the complaint that
     * opened them was made — and the complaints received in it.
     */
    @Query("""
            SELECT 'problem' AS kind, c.id, c.grid_code, c.state,
                   (c.state NOT IN ('closed', 'rejected') AND c.due_by < :today) AS overdue,
                   c.category AS label, (c.opened_at AT TIME ZONE :zone)::date AS opened,
                   coalesce(i.fix_lon, k.lon) AS lon, coalesce(i.fix_lat, k.lat) AS lat
            FROM problem_case c
            LEFT JOIN inspection i ON i.id = c.inspection_id
            LEFT JOIN complaint k ON k.problem_case_id = c.id
            WHERE c.opened_at < :to AND coalesce(c.closed_at, 'infinity') >= :from
            UNION ALL
            SELECT 'complaint', k.id, k.grid_code, k.state,
                   (k.closed_at IS NULL AND (k.close_by < :today OR (k.accepted_at IS NULL AND k.accept_by < :today))),
                   k.category, (k.received_at AT TIME ZONE :zone)::date, k.lon, k.lat
            FROM complaint k
            WHERE k.grid_code IS NOT NULL AND k.received_at >= :from AND k.received_at < :to""")
    List<Point> points(Instant from, Instant to, LocalDate today, String zone);
}
