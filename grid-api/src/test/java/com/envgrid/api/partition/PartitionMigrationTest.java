package com.envgrid.api.partition;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An existing database at the version before V28, with inspections, complaints and audit entries across five
 * months and everything that refers to them, migrated to V28: every row is kept, as it was, in its district month's
 * partition; every reference still holds; and the keys still refuse what they refused. It runs the platform's
 * migrations in a schema of its own beside the tests' one.
 */
@MicronautTest(transactional = false)
class PartitionMigrationTest {
    private static final String SCHEMA = "before_partitions";
    private static final List<String> TABLES = List.of("inspection", "inspection_photo", "inspection_review",
            "problem_case", "complaint", "complaint_event", "complaint_photo", "complaint_public_reply", "audit_log");

    /** Five months of records (September 2026 to January 2027), each kind referring to the others. */
    private static final String RECORDS = """
            INSERT INTO grid (code, name, level, tier, geometry, min_lon, min_lat, max_lon, max_lat, updated_at)
            VALUES ('320214', '清源区', 'district', 0, '\\x00', 120, 30, 120.1, 30.1, now());
            INSERT INTO person (name, username, password_hash, role, created_at)
            VALUES ('张三', 'zhang', 'x', 'supervisor', now());
            INSERT INTO photo (sha256, media_type, bytes, size_bytes, uploaded_by, uploaded_at)
            VALUES (repeat('a', 64), 'image/jpeg', '\\xffd8', 2, 1, now());
            INSERT INTO inspection (id, payload_hash, inspector_id, target_kind, target_code, grid_code, inspected_at,
                fix_lon, fix_lat, fix_crs, sent_lon, sent_lat, accuracy_m, checklist, findings, location_plausible,
                location_distance_m, received_at, corrects)
            SELECT ('00000000-0000-0000-0000-00000000000' || n)::uuid, 'hash' || n, 1, 'grid_patrol', '320214',
                '320214', TIMESTAMPTZ '2026-09-30 23:30+08' + (n - 1) * INTERVAL '1 month', 120.05, 30.05, 'wgs84',
                120.05, 30.05, 5, '{}', '[]', n <> 2, 10, TIMESTAMPTZ '2026-09-30 23:40+08' + (n - 1) * INTERVAL '1 month',
                CASE WHEN n = 4 THEN '00000000-0000-0000-0000-000000000001'::uuid END
            FROM generate_series(1, 5) n;
            INSERT INTO inspection_photo (inspection_id, seq, sha256)
            VALUES ('00000000-0000-0000-0000-000000000003', 0, repeat('a', 64));
            INSERT INTO inspection_review (inspection_id, accepted, reviewer_id, reason, reviewed_at)
            VALUES ('00000000-0000-0000-0000-000000000002', true, 1, '信号差', now());
            INSERT INTO problem_case (inspection_id, finding_index, category, severity, description, grid_code,
                target_kind, target_code, state, due_by, opened_at)
            VALUES ('00000000-0000-0000-0000-000000000005', 0, 'dust', 'minor', '扬尘', '320214', 'grid_patrol',
                '320214', 'open', '2027-03-01', TIMESTAMPTZ '2027-01-31 10:00+08'),
                (NULL, 0, 'noise', 'minor', '噪声', '320214', 'grid_patrol', '320214', 'open', '2027-03-01',
                TIMESTAMPTZ '2026-11-15 10:00+08');
            INSERT INTO complaint (submission_key, channel, category, description, lon, lat, grid_code, near_boundary,
                also_shown_to, state, received_at, accept_by, close_by, rating_token, status_token, client_key,
                problem_case_id, duplicate_of)
            SELECT 'form-' || n, 'web', 'noise', '夜间施工', 120.05, 30.05, '320214', false, '[]',
                CASE WHEN n = 3 THEN 'duplicate' ELSE 'received' END,
                TIMESTAMPTZ '2026-10-31 23:59+08' + (n - 1) * INTERVAL '1 month', '2027-06-01', '2027-06-02',
                'rating-' || n, 'status-' || n, 'client',
                CASE WHEN n = 2 THEN (SELECT id FROM problem_case WHERE inspection_id IS NULL) END,
                CASE WHEN n = 3 THEN 1 END
            FROM generate_series(1, 3) n;
            INSERT INTO complaint_event (complaint_id, at, action, to_state)
            SELECT id, received_at, 'receive', 'received' FROM complaint;
            INSERT INTO complaint_photo (complaint_id, seq, sha256) VALUES (2, 0, repeat('a', 64));
            INSERT INTO complaint_public_reply (complaint_id, text, published_at, published_by)
            VALUES (1, '已处理', now(), 1);
            INSERT INTO audit_log (at, actor, action, entity, entity_id, after)
            SELECT TIMESTAMPTZ '2026-09-01 00:00+08' + (n - 1) * INTERVAL '1 month', '张三', 'record', 'inspection',
                n::text, '{"n": 1}'
            FROM generate_series(1, 5) n;
            """;

    @Inject
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(DelegatingDataSource.unwrapDataSource(dataSource))
                .locations("classpath:db/migration").schemas(SCHEMA).cleanDisabled(false).target(target)
                .placeholders(Map.of("district_zone", "Asia/Shanghai")).load();
    }

    /** The last migration before V28, whichever number it has. */
    private String versionBefore28() {
        MigrationVersion v28 = MigrationVersion.fromVersion("28");
        return Arrays.stream(flyway("latest").info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v28) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
    }

    private Connection inSchema() throws SQLException {
        Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        try (Statement s = db.createStatement()) {
            s.execute("SET search_path TO " + SCHEMA);
        }
        return db;
    }

    private static String text(Connection db, String query) throws SQLException {
        try (Statement s = db.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Each table's rows as text, in one order: what every column of every row holds. */
    private static Map<String, String> contents(Connection db) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (String table : TABLES) {
            contents.put(table, text(db, "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                    + " FROM " + table + " t"));
        }
        return contents;
    }

    /** The SQLSTATE a statement fails with, or null when it succeeds. */
    private static String refusal(Connection db, String statement) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SAVEPOINT attempt");
            s.execute(statement);
            s.execute("RELEASE SAVEPOINT attempt");
            return null;
        } catch (SQLException e) {
            try (Statement s = db.createStatement()) {
                s.execute("ROLLBACK TO SAVEPOINT attempt");
            }
            return e.getSQLState();
        }
    }

    @BeforeEach
    @AfterEach
    void noSchema() {
        try (Connection db = inSchema(); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_row_and_every_reference_survive_the_move_into_monthly_partitions() throws SQLException {
        flyway(versionBefore28()).migrate();
        Map<String, String> before;
        try (Connection db = inSchema(); Statement s = db.createStatement()) {
            s.execute(RECORDS);
            before = contents(db);
        }

        flyway("28").migrate();

        try (Connection db = inSchema()) {
            assertEquals(before, contents(db), "every row of every table, as it was");
            for (String table : List.of("inspection", "complaint", "audit_log")) {
                String at = Map.of("inspection", "inspected_at", "complaint", "received_at", "audit_log", "at").get(table);
                assertEquals("0", text(db, "SELECT count(*) FROM " + table + " WHERE tableoid::regclass::text <> '"
                        + table + "_' || to_char(" + at + " AT TIME ZONE 'Asia/Shanghai', 'YYYY_MM')"),
                        table + ": each row in the partition of its district month, none in the default one");
            }
            assertEquals("inspection_2026_09", text(db, "SELECT tableoid::regclass FROM inspection"
                    + " WHERE id = '00000000-0000-0000-0000-000000000001'"), "23:30 on 30 September is September's");
            assertEquals("5", text(db, "SELECT count(*) FROM inspection_key"));
            assertEquals("00000000-0000-0000-0000-000000000001", text(db,
                    "SELECT string_agg(id::text, ',') FROM inspection_key WHERE corrected"), "the record corrected later");
            assertEquals("3", text(db, "SELECT count(*) FROM complaint_key"));

            db.setAutoCommit(false);
            assertEquals("23505", refusal(db, "INSERT INTO complaint (submission_key, channel, category, description,"
                    + " lon, lat, near_boundary, also_shown_to, state, received_at, accept_by, close_by, rating_token,"
                    + " status_token, client_key) VALUES ('form-1', 'web', 'noise', '重复', 120, 30, false, '[]',"
                    + " 'received', TIMESTAMPTZ '2027-05-01 10:00+08', '2027-06-01', '2027-06-02', 'r', 's', 'c')"),
                    "a form resent months later is still recognised by its key");
            assertEquals("23505", refusal(db, "INSERT INTO inspection (SELECT (r).* FROM (SELECT i AS r FROM inspection i"
                    + " WHERE id = '00000000-0000-0000-0000-000000000001') x) "),
                    "an inspection id is taken in every month");
            assertEquals("23505", refusal(db, "UPDATE complaint SET problem_case_id = (SELECT problem_case_id FROM"
                    + " complaint WHERE id = 2) WHERE id = 1"), "a problem case is opened by one complaint at most");
            assertEquals("23503", refusal(db, "INSERT INTO inspection_photo (inspection_id, seq, sha256) VALUES"
                    + " ('00000000-0000-0000-0000-000000000009', 0, repeat('a', 64))"), "photos of unknown records");
            assertEquals("23503", refusal(db, "DELETE FROM complaint WHERE id = 1"),
                    "a complaint that others refer to stays");
            assertEquals("P0001", refusal(db, "UPDATE audit_log SET actor = 'x'"), "the audit log is append-only");
            assertEquals(null, refusal(db, "INSERT INTO audit_log (at, actor, action, entity, entity_id)"
                    + " VALUES (now(), 'system', 'migrate', 'schema', '28')"));
            assertTrue(Long.parseLong(text(db, "SELECT max(id) FROM audit_log")) > 5, "ids go on from the old ones");
            db.rollback();
        }
    }
}
