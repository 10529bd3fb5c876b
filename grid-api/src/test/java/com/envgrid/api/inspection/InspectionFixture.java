package com.envgrid.api.inspection;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The small district with a D-rated source in A1 at (2, 2) units — lon 120.002, lat 30.002 —, a river segment along
 * x = 5 through A1 and A2, the staff fixture (sup-a1 supervises A1, chief-a is chief of A), and this month's duties.
 */
final class InspectionFixture {
    static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1F00001");
    static final double SOURCE_LON = 120.002;
    static final double SOURCE_LAT = 30.002;

    final ApiClient admin;
    final StaffFixture staff;

    InspectionFixture(HttpClient http, EmptyLayer emptyLayer) {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂," + SOURCE_LON + "," + SOURCE_LAT + ",D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        admin.post("/api/rivers/import", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"R1\",\"river\":\"望虞河\",\"chief\":\"刘河长\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[120.005,30.001],[120.005,30.009]]}}]}");
        staff = new StaffFixture(http);
    }

    /** A record of an inspection of the source at the given fix, as a phone would send it. */
    static String record(double lon, double lat, double accuracy, String crs, String extra) {
        return String.format(Locale.ROOT, "{\"target\":{\"kind\":\"source\",\"code\":\"%s\"},"
                + "\"inspected_at\":\"2026-11-20T10:15:00+08:00\",\"fix\":{\"lon\":%.9f,\"lat\":%.9f,\"accuracy_m\":%s,"
                + "\"crs\":\"%s\"},\"checklist\":{},\"findings\":[]%s}", SOURCE, lon, lat, accuracy, crs, extra);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
