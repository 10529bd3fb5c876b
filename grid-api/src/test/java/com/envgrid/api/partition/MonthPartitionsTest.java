package com.envgrid.api.partition;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly partitions of inspections, complaints and the audit log as the platform keeps them: made ahead from
 * the district's current month at start, a record filed in the district month it was received, a month without a
 * partition caught by the default one. The context starts on 20 November 2026, district time.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "test.clock-start", value = "2026-11-20T02:00:00Z")
class MonthPartitionsTest extends ApiTestBase {
    @Inject
    MutableClock clock;

    @Inject
    MonthPartitions partitions;

    ApiClient admin;

    @BeforeEach
    void smallDistrict() throws SQLException {
        clock.set(Instant.parse("2026-11-20T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        sql.clearRecords();
    }

    private long file(Instant at, String submissionKey) {
        clock.set(at);
        var receipt = ApiClient.anonymous(http).post("/api/public/complaints", "{\"category\":\"noise\",\"description\":"
                + "\"夜间施工\",\"lon\":120.003,\"lat\":30.002,\"submission_key\":\"" + submissionKey + "\"}");
        assertTrue(receipt.status() == 201 || receipt.status() == 200, String.valueOf(receipt.json()));
        return receipt.json().get("id").asLong();
    }

    private String partitionOf(String table, String where) {
        return sql.text("SELECT tableoid::regclass FROM " + table + " WHERE " + where);
    }

    private boolean exists(String partition) {
        return sql.text("SELECT to_regclass('" + partition + "')") != null;
    }

    @Test
    void the_current_month_and_the_next_three_have_their_partitions_once_started() {
        for (String table : MonthPartitions.TABLES) {
            for (String month : List.of("2026_11", "2026_12", "2027_01", "2027_02")) {
                assertTrue(exists(table + "_" + month), table + "_" + month);
            }
            assertTrue(exists(table + "_default"), table + "_default");
            assertEquals(false, exists(table + "_2026_10"), "no partition is made for a past month");
        }
    }

    @Test
    void a_record_goes_to_the_partition_of_its_district_month() {
        long lastOfNovember = file(Instant.parse("2026-11-30T15:59:00Z"), "k-23-59"); // 23:59 on 30 November
        long firstOfDecember = file(Instant.parse("2026-11-30T16:01:00Z"), "k-00-01"); // 00:01 on 1 December
        assertEquals("complaint_2026_11", partitionOf("complaint", "id = " + lastOfNovember));
        assertEquals("complaint_2026_12", partitionOf("complaint", "id = " + firstOfDecember));
        assertEquals("audit_log_2026_12", partitionOf("audit_log",
                "entity = 'complaint' AND entity_id = '" + firstOfDecember + "'"));
    }

    @Test
    void a_record_in_a_month_without_a_partition_lands_in_the_default_one_and_keeps_its_key() {
        long august = file(Instant.parse("2027-08-10T02:00:00Z"), "k-august");
        assertEquals("complaint_default", partitionOf("complaint", "id = " + august));
        assertEquals(200, admin.get("/api/complaints/" + august).status());

        clock.set(Instant.parse("2027-08-11T02:00:00Z"));
        List<String> made = partitions.makeAhead();
        assertTrue(made.contains("inspection 2027-08") && made.contains("complaint 2027-09"), made.toString());
        assertTrue(!made.contains("complaint 2027-08"), "August's complaint already sits in the default partition");
        assertEquals("complaint_default", partitionOf("complaint", "id = " + august));

        assertEquals(august, file(Instant.parse("2027-09-02T02:00:00Z"), "k-august"), "the form resent a month later");
        assertEquals(1, sql.count("SELECT count(*) FROM complaint WHERE submission_key = 'k-august'"));
    }

    @Test
    void nodes_making_the_same_months_at_once_make_each_once() throws Exception {
        clock.set(Instant.parse("2028-01-15T02:00:00Z"));
        Callable<List<String>> node = partitions::makeAhead;
        var pool = Executors.newFixedThreadPool(3);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(pool.submit(node));
        }
        List<String> made = new ArrayList<>();
        for (var run : runs) {
            made.addAll(run.get());
        }
        pool.shutdown();
        assertEquals(12, made.size(), made.toString());
        assertEquals(12, new HashSet<>(made).size(), made.toString());
        assertEquals(List.of(), partitions.makeAhead(), "made already");
    }

    @Test
    void every_partition_of_the_audit_log_is_append_only() throws SQLException {
        long november = file(Instant.parse("2026-11-25T02:00:00Z"), "k-audited");
        long later = file(Instant.parse("2029-05-25T02:00:00Z"), "k-audited-later");
        assertEquals("audit_log_2026_11", partitionOf("audit_log", "entity = 'complaint' AND entity_id = '" + november + "'"));
        assertEquals("audit_log_default", partitionOf("audit_log", "entity = 'complaint' AND entity_id = '" + later + "'"));
        for (String partition : List.of("audit_log_2026_11", "audit_log_default")) {
            assertThrows(SQLException.class, () -> sql.execute("DELETE FROM " + partition), partition);
            assertThrows(SQLException.class, () -> sql.execute("UPDATE " + partition + " SET actor = 'x'"), partition);
            assertThrows(SQLException.class, () -> sql.execute("TRUNCATE " + partition), partition);
        }
    }
}
