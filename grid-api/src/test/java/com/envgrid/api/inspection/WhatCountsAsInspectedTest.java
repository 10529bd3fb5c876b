package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.core.inspection.InspectionStanding;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LAT;
import static com.envgrid.api.inspection.InspectionFixture.SOURCE_LON;
import static com.envgrid.api.inspection.InspectionFixture.newId;
import static com.envgrid.api.inspection.InspectionFixture.record;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One rule decides what counts as inspected ({@link com.envgrid.core.inspection.CountsAsInspected}): the source's
 * duty is done exactly when coverage counts the source inspected — plausible, or flagged and accepted on review; a
 * correction stands in the corrected record's place. Its SQL form agrees with it record by record.
 */
@MicronautTest(transactional = false)
class WhatCountsAsInspectedTest extends ApiTestBase {
    /** 250 m from the source (tolerance 200 m + 10 m accuracy), inside grid A1: flagged for where it was made. */
    private static final double FAR_LON = 120.0045;
    private static final double FAR_LAT = 30.0045;

    @Inject
    DutyRecordsOfInspections records;

    InspectionFixture fixture;
    ApiClient supervisor;
    ApiClient chief;
    long duty;

    @BeforeEach
    void theSourcesDutyOfNovember() {
        fixture = new InspectionFixture(http, emptyLayer);
        supervisor = fixture.staff.as("supervisor");
        chief = fixture.staff.as("chief");
        fixture.admin.post("/api/duties/generate?period=2026-11", "");
        duty = Long.parseLong(sql.text("SELECT id FROM duty WHERE target_kind = 'source' ORDER BY id LIMIT 1"));
    }

    /** A record against the source's duty made at the given fix; returns its id. */
    private String onDuty(double lon, double lat, String extra) {
        String id = newId();
        var answer = supervisor.exchange(HttpRequest.PUT("/api/inspections/" + id, record(lon, lat, 10, "wgs84", extra)
                        .replace("\"target\":{\"kind\":\"source\",\"code\":\"" + InspectionFixture.SOURCE + "\"}",
                                "\"duty_id\":" + duty))
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return id;
    }

    private void review(String id, boolean accept) {
        assertEquals(200, chief.post("/api/inspections/" + id + "/review", "{\"accept\":" + accept
                + ",\"reason\":\"厂区大门在北侧\"}").status());
    }

    private boolean dutyDone() {
        return sql.count("SELECT count(*) FROM duty WHERE id = " + duty + " AND done_at IS NOT NULL") == 1;
    }

    private JsonNode a1() {
        for (JsonNode row : fixture.admin.get("/api/coverage/rows?period=2026-11&level=second").json()) {
            if (row.get("code").asText().equals("A1")) {
                return row;
            }
        }
        throw new AssertionError("no coverage row for A1");
    }

    /** Whether the duty is done, and whether coverage counts it done and the source inspected — always all alike. */
    private void assertInspected(boolean expected, String what) {
        JsonNode a1 = a1();
        assertEquals(expected, dutyDone(), what + ": the duty done");
        assertEquals(expected ? 1 : 0, a1.get("duties_done").asInt(), what + ": coverage's duties done");
        assertEquals(expected ? 1 : 0, a1.get("objects_inspected").asInt(), what + ": coverage's objects inspected");
    }

    @Test
    void a_plausible_record_completes_its_duty_and_counts_in_coverage() {
        onDuty(SOURCE_LON, SOURCE_LAT, "");
        assertInspected(true, "plausible");
    }

    @Test
    void a_flagged_record_awaiting_review_neither_completes_its_duty_nor_counts_in_coverage() {
        onDuty(FAR_LON, FAR_LAT, "");
        assertInspected(false, "flagged, not reviewed");
        assertEquals(1, a1().get("inspections").asInt(), "it is a record all the same…");
        assertEquals(1.0, a1().get("mismatch_rate").asDouble(), "…a flagged one");
    }

    @Test
    void a_flagged_record_accepted_on_review_does_both() {
        review(onDuty(FAR_LON, FAR_LAT, ""), true);
        assertInspected(true, "flagged, accepted");
    }

    @Test
    void a_flagged_record_rejected_on_review_does_neither() {
        review(onDuty(FAR_LON, FAR_LAT, ""), false);
        assertInspected(false, "flagged, rejected");
    }

    @Test
    void a_correction_stands_in_the_corrected_records_place() {
        String plausible = onDuty(SOURCE_LON, SOURCE_LAT, "");
        String flaggedCorrection = onDuty(FAR_LON, FAR_LAT, ",\"corrects\":\"" + plausible + "\"");
        assertInspected(false, "a plausible record corrected by a flagged one");
        review(flaggedCorrection, true);
        assertInspected(true, "…once the correction is accepted");
        assertEquals(1, a1().get("inspections").asInt(), "the corrected inspection counts once as a record");
    }

    @Test
    void the_sql_form_of_the_rule_agrees_with_the_policy_on_every_kind_of_record() {
        onDuty(SOURCE_LON, SOURCE_LAT, "");                                   // plausible
        onDuty(FAR_LON, FAR_LAT, "");                                         // flagged, awaiting review
        review(onDuty(FAR_LON, FAR_LAT, ""), true);                           // flagged, accepted
        review(onDuty(FAR_LON, FAR_LAT, ""), false);                          // flagged, rejected
        String corrected = onDuty(SOURCE_LON, SOURCE_LAT, "");                // plausible, corrected by …
        String correction = onDuty(FAR_LON, FAR_LAT, ",\"corrects\":\"" + corrected + "\""); // … a flagged one …
        review(correction, true);                                             // … accepted
        String acceptedThenCorrected = onDuty(FAR_LON, FAR_LAT, "");          // flagged, accepted, corrected by …
        review(acceptedThenCorrected, true);
        onDuty(SOURCE_LON, SOURCE_LAT, ",\"corrects\":\"" + acceptedThenCorrected + "\""); // … a plausible one
        String rejectedCorrection = onDuty(FAR_LON, FAR_LAT, "");             // flagged, corrected by …
        review(onDuty(FAR_LON, FAR_LAT, ",\"corrects\":\"" + rejectedCorrection + "\""), false); // … a rejected one

        var standings = records.of(duty);
        assertEquals(10, standings.size());
        Set<String> byPolicy = standings.stream().filter(InspectionStanding::countsAsInspected)
                .map(s -> s.id().toString()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> bySql = new TreeSet<>(Arrays.asList(sql.text("SELECT coalesce(string_agg(i.id::text, ','), '')"
                + " FROM inspection i WHERE i.duty_id = " + duty + " AND " + CountsAsInspectedSql.ON_I).split(",")));
        bySql.remove("");
        assertEquals(4, byPolicy.size(), "plausible, accepted, the accepted correction, the plausible correction: "
                + standings);
        assertEquals(byPolicy, bySql, "the policy and its SQL form count the same records");
    }
}
