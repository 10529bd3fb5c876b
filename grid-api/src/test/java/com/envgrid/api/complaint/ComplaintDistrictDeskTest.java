package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.access.AccessDenied;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.People;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Role;
import com.envgrid.core.complaint.ComplaintCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Scenario: in a city of two districts, each district's administrators run the complaint desk of their own
 * district; moving a complaint from one district to another is the city's.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class ComplaintDistrictDeskTest extends ApiTestBase {
    @Inject
    MutableClock clock;
    @Inject
    Complaints complaints;
    @Inject
    LiveGridLayer live;
    @Inject
    People people;

    long west;
    long east;

    @BeforeEach
    void aComplaintInEachDistrict() {
        clock.set(Instant.parse("2026-11-27T02:00:00Z"));
        emptyLayer.startOver(ApiClient.asAdmin(http), Open311JurisdictionTest.CITY);
        west = filed(120.005);
        east = filed(120.035);
    }

    private long filed(double lon) {
        var answer = ApiClient.anonymous(http).post("/api/public/complaints", "{\"category\":\"noise\",\"description\":"
                + "\"工地夜间施工\",\"lon\":" + lon + ",\"lat\":30.005}");
        assertEquals(201, answer.status(), String.valueOf(answer.json()));
        return answer.json().get("id").asLong();
    }

    private Actor administrator(String district) {
        long root = people.idOf(ApiClient.ADMIN).orElseThrow();
        return new Actor(root, ApiClient.ADMIN, GridScope.of(Role.ADMIN, district, List.of(), live.layer()));
    }

    @Test
    void a_district_administrator_sees_only_their_districts_complaints() {
        var eastDesk = administrator("320215");
        assertEquals("320215001", complaints.one(eastDesk, east).gridCode());
        assertThrows(NotFound.class, () -> complaints.one(eastDesk, west));
    }

    @Test
    void a_district_administrator_transfers_within_their_district_but_not_into_another() {
        var westDesk = administrator("320214");
        var refused = assertThrows(AccessDenied.class, () -> complaints.transfer(westDesk, clock.instant(), west,
                new ComplaintViews.Transfer("320215001", "在东澜区")));
        assertEquals(ComplaintCode.ACROSS_DISTRICTS, refused.code());
        assertEquals("320214001", complaints.one(westDesk, west).gridCode(), "it stays where it was");
        assertEquals("320214002", complaints.transfer(westDesk, clock.instant(), west,
                new ComplaintViews.Transfer("320214002", "在柳塘街道")).gridCode());
    }

    @Test
    void the_citys_administrator_transfers_a_complaint_into_another_district() {
        var moved = complaints.transfer(administrator(null), clock.instant(), west,
                new ComplaintViews.Transfer("320215002", "实际位于东澜区"));
        assertEquals("320215002", moved.gridCode());
        assertEquals("320215", ApiClient.anonymous(http).get("/api/public/complaints/" + west).json()
                .get("district_code").asText(), "the public sees the district that has it now");
    }
}
