package com.envgrid.api;

import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.order.JointFixture;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.Problem;
import com.envgrid.core.sheet.SheetWriter;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every write route of the router, each given every class of bad input it can take — malformed JSON, a wrong type,
 * a NUL, "NaN" and "Infinity" strings for numbers, nulls in lists, huge strings, out-of-range numbers, bad query
 * values and path segments, broken files and form bodies — answers a 4xx problem with a {@code code} on it and on
 * each of its {@code errors} (Open311 in its specification's error format), never a 5xx, and leaves the row count of every table as it was. A write route without an entry in
 * {@link #routes()} fails the test: a new route brings its bad inputs with it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends ApiTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1F00001");
    private static final String HUGE = "x".repeat(100_000);
    /** Long enough to pass every bound, short enough for the request line of a URL. */
    private static final String LONG_QUERY = "x".repeat(4_001);

    @Inject
    Router router;
    @Inject
    Clock clock;

    StaffFixture staff;
    ApiClient anonymous;
    String inspectionId;
    long caseId;
    long complaintId;
    String ratingToken;
    long drawId;
    long assignmentId;
    String emergencyId;
    String pilotId;
    /** A publicity event and a volunteer of A1. */
    String publicityEventId;
    String volunteerId;
    // orders: a joint inspection campaign (written straight into its tables), a finding and an order of it
    UUID orderCampaign;
    UUID orderFinding;
    String orderId;
    /** campaigns: a joint campaign in A with community A1 as a target. */
    String campaignId;
    /** Signed in as a viewer of its own, whose failed password changes lock nobody else out. */
    ApiClient passwordChanger;
    /** A remediation plan of the source and its measure. */
    long planId;
    long measureId;

    /**
     * One bad request: what it is, how it is made, and whether it goes without the administrator's token (to a
     * public route, or carrying a token of its own).
     */
    record Bad(String what, Supplier<MutableHttpRequest<?>> request, boolean anonymous) {
    }

    /** How a route is reached with real ids, and the bad requests it is given. */
    record Entry(Function<BadInputTest, List<Bad>> inputs) {
    }

    @BeforeAll
    void districtWithRecords() throws SQLException {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        staff = new StaffFixture(http);
        anonymous = ApiClient.anonymous(http);
        inspectionId = UUID.randomUUID().toString();
        var recorded = admin.exchange(HttpRequest.PUT("/api/inspections/" + inspectionId, inspection())
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        caseId = recorded.json().get("cases").get(0).asLong();
        var filed = anonymous.post("/api/public/complaints", complaint());
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        complaintId = filed.json().get("id").asLong();
        emergencyId = UUID.randomUUID().toString();
        var opened = admin.post("/api/emergencies", emergency(emergencyId));
        assertEquals(201, opened.status(), String.valueOf(opened.json()));
        pilotId = UUID.randomUUID().toString();
        var pilot = admin.post("/api/pilots", pilot("\"id\":\"" + pilotId + "\","));
        assertEquals(201, pilot.status(), String.valueOf(pilot.json()));
        publicityEventId = UUID.randomUUID().toString();
        assertEquals(201, admin.post("/api/publicity/events", publicityEvent(publicityEventId)).status());
        volunteerId = UUID.randomUUID().toString();
        assertEquals(201, admin.post("/api/volunteers", volunteer(volunteerId)).status());
        // campaigns
        campaignId = UUID.randomUUID().toString();
        assertEquals(201, admin.post("/api/joint-campaigns", jointCampaign(campaignId)).status());
        assertEquals(200, admin.post("/api/joint-campaigns/" + campaignId + "/targets", "{\"by\":\"grid\","
                + "\"grids\":[\"A1\"],\"as\":\"grids\"}").status());
        String ratingUrl = filed.json().get("rating_url").asText();
        ratingToken = ratingUrl.substring(ratingUrl.lastIndexOf('/') + 1);
        var draw = admin.post("/api/draws", draw());
        assertEquals(201, draw.status(), String.valueOf(draw.json()));
        drawId = draw.json().get("id").asLong();
        assignmentId = staff.assign(staff.freshPerson("supervisor"), "A2", "supervisor");
        staff.person("password-changer", "viewer", "13700000001");
        passwordChanger = ApiClient.signedIn(http, "password-changer", StaffFixture.PASSWORD);
        var plan = admin.post("/api/enterprises/" + SOURCE + "/plans", "{\"title\":\"整改计划\",\"period\":\"2026\","
                + "\"measures\":[" + planMeasure("安装在线监测") + "]}");
        assertEquals(201, plan.status(), String.valueOf(plan.json()));
        planId = plan.json().get("id").asLong();
        measureId = plan.json().get("measures").get(0).get("id").asLong();
        // orders
        JointFixture joint = new JointFixture(sql);
        orderCampaign = joint.campaign("联合督查");
        orderId = UUID.randomUUID().toString();
        var order = admin.post("/api/supervision-orders", supervisionOrder(orderId,
                joint.finding(orderCampaign, "A1", "urban", "工地裸土")));
        assertEquals(201, order.status(), String.valueOf(order.json()));
        orderFinding = joint.finding(orderCampaign, "A1", "urban", "围挡破损");
    }

    /** A valid order of one finding of the campaign under a client-made id, due at the end of 2099. */
    String supervisionOrder(String id, UUID finding) {
        return "{\"id\":\"" + id + "\",\"campaign_id\":\"" + orderCampaign + "\",\"finding_ids\":[\"" + finding
                + "\"],\"grid_code\":\"A1\",\"department_code\":\"urban\",\"requirement\":\"限期整改\","
                + "\"due_by\":\"2099-12-31\"}";
    }

    /** A measure of a remediation plan due in a month of the application's clock. */
    private String planMeasure(String action) {
        return "{\"action\":\"" + action + "\",\"deadline\":\"" + LocalDate.ofInstant(clock.instant(),
                ZoneOffset.ofHours(8)).plusDays(30) + "\",\"responsible_name\":\"王厂长\","
                + "\"responsible_phone\":\"13800000000\"}";
    }

    private static String inspection() {
        return "{\"target\":{\"kind\":\"source\",\"code\":\"" + SOURCE + "\"},\"inspected_at\":\"2026-01-20T10:15:00+08:00\","
                + "\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10,\"crs\":\"wgs84\"},\"checklist\":{},"
                + "\"findings\":[{\"category\":\"wastewater\",\"severity\":\"minor\",\"description\":\"排口有渗漏\"}],"
                + "\"notes\":\"已告知\",\"photos\":[]}";
    }

    private static String complaint() {
        return "{\"category\":\"noise\",\"description\":\"晚上十点后工地还在施工\",\"lon\":120.002,\"lat\":30.002,"
                + "\"name\":\"王女士\",\"contact\":\"13912345678\",\"address\":\"某路1号\",\"submission_key\":\"k-1\","
                + "\"photos\":[],\"media_url\":\"https://example.org/p.jpg\"}";
    }

    private static String draw() {
        return "{\"title\":\"双随机抽查\",\"period\":\"2026-Q4\",\"count\":1,\"share\":null,\"stratify_by_rating\":false,"
                + "\"seed\":\"abc123\",\"filter\":{\"kind\":\"enterprise\",\"ratings\":[\"D\"],\"industry\":\"化工\"}}";
    }

    private static final String ZONE = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\"Z1\",\"name\":\"水源地\",\"level\":\"一级\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[120.001,30.001],[120.003,30.001],[120.003,30.003],[120.001,30.001]]]}}]}";
    private static final String RIVER = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"code\":\"R9\",\"river\":\"望虞河\",\"chief\":\"刘河长\"},\"geometry\":{\"type\":\"LineString\","
            + "\"coordinates\":[[120.005,30.001],[120.005,30.009]]}}]}";
    private static final String SOURCE_FEATURE = "{\"type\":\"Feature\",\"properties\":{\"credit_code\":\"" + SOURCE
            + "\",\"name\":\"化工厂\",\"rating\":\"C\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.002,30.002]}}";
    private static final String RULES = "{\"ratingA\":{\"everyMonths\":6},\"ratingB\":{\"everyMonths\":3},"
            + "\"ratingC\":{\"everyMonths\":2},\"ratingD\":{\"everyMonths\":1},\"keyDischarger\":{\"everyMonths\":1},"
            + "\"stricterInProtectionZone\":true,\"stricterAfterComplaint\":true,\"gridPatrol\":{\"timesPerMonth\":2},"
            + "\"riverPatrol\":{\"timesPerMonth\":2}}";

    /** Every write route, with its bad inputs. */
    static Map<String, Entry> routes() {
        Map<String, Entry> routes = new LinkedHashMap<>();
        routes.put("POST /login", new Entry(t -> json(HttpMethod.POST, "/login",
                "{\"username\":\"nobody-here\",\"password\":\"Not-the-password-1\"}", true)));
        routes.put("POST /api/people", new Entry(t -> concat(json(HttpMethod.POST, "/api/people",
                "{\"name\":\"新人\",\"username\":\"new-person\",\"password\":\"Long-enough-1\",\"phone\":\"13900000009\","
                        + "\"role\":\"viewer\"}", false),
                List.of(body(HttpMethod.POST, "/api/people", "a 100-character password",
                        "{\"name\":\"新人\",\"username\":\"new-person\",\"password\":\"" + "a".repeat(100)
                                + "\",\"role\":\"viewer\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.POST, "/api/people", "a 73-byte password of Chinese characters",
                                "{\"name\":\"新人\",\"username\":\"new-person\",\"password\":\"" + "密".repeat(25)
                                        + "\",\"role\":\"viewer\"}", MediaType.APPLICATION_JSON, false)))));
        routes.put("PUT /api/people/{id}/contact", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/people/%s/contact", true),
                json(HttpMethod.PUT, "/api/people/" + t.staff.supervisorA1Id + "/contact",
                        "{\"phone\":\"13900000009\",\"email\":\"sup@example.cn\"}", false),
                List.of(body(HttpMethod.PUT, "/api/people/" + t.staff.supervisorA1Id + "/contact", "an e-mail without a domain",
                        "{\"email\":\"sup@localhost\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.PUT, "/api/people/" + t.staff.supervisorA1Id + "/contact", "a phone for an e-mail",
                                "{\"email\":\"13900000009\"}", MediaType.APPLICATION_JSON, false)))));
        routes.put("POST /api/notifications/{id}/retry", new Entry(t -> path(HttpMethod.POST,
                "/api/notifications/%s/retry", true)));
        routes.put("PUT /api/me/password", new Entry(t -> jsonBodies("{\"current_password\":\"" + StaffFixture.PASSWORD
                + "\",\"new_password\":\"Another-pass-2026\"}").entrySet().stream().map(e -> new Bad(e.getKey(),
                () -> HttpRequest.PUT("/api/me/password", e.getValue()).contentType(MediaType.APPLICATION_JSON)
                        .bearerAuth(t.passwordChanger.token()), true)).toList()));
        routes.put("POST /api/people/{id}/password-reset", new Entry(t -> path(HttpMethod.POST,
                "/api/people/%s/password-reset", true)));
        routes.put("POST /api/people/import", new Entry(t -> files("/api/people/import", "application/octet-stream", List.of(
                "姓名,用户名,手机,角色,网格编码,职务\n张三,zhang\u0000san,138,网格员,Z9,\n",
                "姓名,用户名,角色\n" + HUGE + ",huge-name,网格员\n",
                "姓名,用户名,角色\n张三,zhang-san,网格员\n张三,zhang-san,网格员\n",
                "\u0000\u0001\u0002PK\u0003\u0004 not a table",
                "姓名,用户名\n\"unclosed,quote\n"))));
        routes.put("POST /api/people/{id}/deactivate", new Entry(t -> path(HttpMethod.POST,
                "/api/people/%s/deactivate", true)));
        routes.put("POST /api/people/{id}/unlock", new Entry(t -> path(HttpMethod.POST,
                "/api/people/%s/unlock", true)));
        routes.put("POST /api/people/{id}/assignments", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/people/%s/assignments", true),
                json(HttpMethod.POST, "/api/people/" + t.staff.supervisorA1Id + "/assignments",
                        "{\"grid_code\":\"A2\",\"duty\":\"supervisor\",\"starts_on\":\"2026-01-01\"}", false),
                List.of(new Bad("no grid_code, as a chief", () -> HttpRequest.POST("/api/people/" + t.staff.supervisorA1Id
                        + "/assignments", "{\"duty\":\"supervisor\"}").contentType(MediaType.APPLICATION_JSON)
                        .bearerAuth(t.staff.as("chief").token()), true)))));
        routes.put("POST /api/assignments/{id}/release", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/assignments/%s/release", true),
                json(HttpMethod.POST, "/api/assignments/" + t.assignmentId + "/release", "{\"ends_on\":\"2020-01-01\"}",
                        false))));
        routes.put("POST /api/grids/import", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/grids/import?dryRun=true", GridFiles.smallDistrict().json(), false),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&mode=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&sliverAreaM2=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&parentRule=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&parentRule=strip-last-segment&parentSeparator=%s",
                        GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&clipToParent=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&outsideParentToleranceM2=%s",
                        GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&district=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&code=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&name=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import?dryRun=true&crs=%s", GridFiles.smallDistrict().json()),
                files("/api/grids/import?dryRun=true", "application/zip", List.of("PK\u0003\u0004 not a zip")))));
        // #14 boundary files (files): broken GeoPackages and zips, coordinate systems and layers. The inspection lists
        // the features it cannot read instead of refusing them (BoundaryFileImportTest); it refuses what is no
        // boundary file, and a coordinate system or layer that cannot be used
        String district = GridFiles.smallDistrict().json();
        routes.put("POST /api/grids/import/inspect", new Entry(t -> concat(
                files("/api/grids/import/inspect", MediaType.APPLICATION_JSON, List.of(
                        district.substring(0, district.length() / 2), "[1,2]", "\"text\"",
                        "{\"type\":\"FeatureCollection\",\"features\":[]}")),
                query(HttpMethod.POST, "/api/grids/import/inspect?crs=%s", GridFiles.smallDistrict().json()),
                query(HttpMethod.POST, "/api/grids/import/inspect?layer=%s", GridFiles.smallDistrict().json()),
                files("/api/grids/import/inspect", "application/octet-stream", List.of("PK\u0003\u0004 not a zip",
                        "SQLite format 3\u0000 not a GeoPackage", "", "id,name\n1,x")))));
        routes.put("POST /api/sources/import", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/sources/import", "{\"type\":\"FeatureCollection\",\"features\":["
                        + SOURCE_FEATURE + "]}", false),
                files("/api/sources/import", "text/csv", List.of(
                        "统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE + ",化\u0000工厂,120.002,30.002,D\n",
                        "统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE + ",化工厂,NaN,30.002,D\n",
                        "统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE + ",化工厂,1e999,30.002,D\n",
                        "\u0000\u0001\u0002PK\u0003\u0004 not a table",
                        "统一社会信用代码,名称\n\"unclosed,quote\n")))));
        // spreadsheets: a damaged workbook, a zip that is no workbook, text that is no table, a sheet or crs not there
        routes.put("POST /api/sources/import/rejected-rows", new Entry(t -> concat(
                files("/api/sources/import/rejected-rows", SheetWriter.XLSX, List.of(
                        "PK\u0003\u0004\u0014\u0000 a damaged workbook", "PK\u0003\u0004" + "x".repeat(2000))),
                files("/api/sources/import/rejected-rows?sheet=Sheet9", SheetWriter.XLSX, List.of("PK\u0003\u0004")),
                files("/api/sources/import/rejected-rows?crs=EPSG:99999", "text/csv", List.of("名称,经度\n甲,1\n")),
                files("/api/sources/import/rejected-rows?crs=%00", "text/csv", List.of("名称,经度\n甲,1\n")))));
        routes.put("POST /api/sources/import/inspect", new Entry(t -> concat(
                files("/api/sources/import/inspect", SheetWriter.XLSX, List.of("PK\u0003\u0004\u0014\u0000 damaged")),
                files("/api/sources/import/inspect", "text/csv", List.of("名称,经度\n\"unclosed,quote\n")),
                files("/api/sources/import/inspect?charset=nope", "text/csv", List.of("名称,经度\n")))));
        // hazardous waste (waste): bodies, path and query values, broken files
        String wastePlan = "{\"items\":[{\"waste_code\":\"900-041-49\",\"tonnes\":2}]}";
        routes.put("PUT /api/enterprises/{code}/waste/plans/{year}", new Entry(t -> concat(
                json(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/waste/plans/2026", wastePlan, false),
                path(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/waste/plans/%s", true),
                path(HttpMethod.PUT, "/api/enterprises/%s/waste/plans/2026", false),
                List.of(new Bad("a waste code of no category", () -> HttpRequest.PUT("/api/enterprises/" + SOURCE
                        + "/waste/plans/2026", wastePlan.replace("-49", "-42")).contentType(MediaType.APPLICATION_JSON), false),
                        new Bad("a year out of range", () -> HttpRequest.PUT("/api/enterprises/" + SOURCE
                                + "/waste/plans/1999", wastePlan).contentType(MediaType.APPLICATION_JSON), false)))));
        routes.put("POST /api/enterprises/{code}/waste/generations", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/waste/generations",
                        "{\"waste_code\":\"900-041-49\",\"generated_on\":\"2026-01-05\",\"tonnes\":1.5}", false),
                path(HttpMethod.POST, "/api/enterprises/%s/waste/generations", false),
                List.of(new Bad("a day in the future", () -> HttpRequest.POST("/api/enterprises/" + SOURCE
                        + "/waste/generations", "{\"waste_code\":\"900-041-49\",\"generated_on\":\"2099-01-05\","
                        + "\"tonnes\":1}").contentType(MediaType.APPLICATION_JSON), false)))));
        routes.put("POST /api/enterprises/{code}/waste/manifests", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/waste/manifests", "{\"number\":\"BAD0001\","
                        + "\"waste_code\":\"900-041-49\",\"transferred_on\":\"2026-01-05\",\"tonnes\":1,"
                        + "\"receiver_name\":\"处置中心\",\"licence_number\":\"JS01\",\"licence_valid_until\":\"2027-01-01\"}",
                        false),
                path(HttpMethod.POST, "/api/enterprises/%s/waste/manifests", false))));
        routes.put("POST /api/waste/manifests/import", new Entry(t -> concat(
                files("/api/waste/manifests/import", "text/csv", List.of(
                        "联单编号,统一社会信用代码,废物代码,转移日期,数量（吨）,接收单位\nM1," + SOURCE + ",900-041-49,2026-01-05,NaN,甲\n",
                        "联单编号,统一社会信用代码,废物代码,转移日期,数量（吨）,接收单位\nM1," + SOURCE + ",900-041-49,2026-01-05,1e999,甲\n",
                        "联单编号,统一社会信用代码\n\"unclosed,quote\n",
                        "\u0000\u0001\u0002PK\u0003\u0004 not a table")),
                files("/api/waste/manifests/import", SheetWriter.XLSX, List.of("PK\u0003\u0004\u0014\u0000 damaged")),
                query(HttpMethod.POST, "/api/waste/manifests/import?charset=%s", ""),
                query(HttpMethod.POST, "/api/waste/manifests/import?sheet=%s", ""))));
        routes.put("POST /api/sources", new Entry(t -> json(HttpMethod.POST, "/api/sources", SOURCE_FEATURE, false)));
        routes.put("DELETE /api/sources/{code}", new Entry(t -> path(HttpMethod.DELETE, "/api/sources/%s", false)));
        routes.put("POST /api/rivers/import", new Entry(t -> json(HttpMethod.POST, "/api/rivers/import", RIVER, false)));
        routes.put("POST /api/zones/import", new Entry(t -> json(HttpMethod.POST, "/api/zones/import", ZONE, false)));
        routes.put("PUT /api/rules", new Entry(t -> json(HttpMethod.PUT, "/api/rules", RULES, false)));
        routes.put("PUT /api/calendars/{year}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/calendars/%s", true),
                json(HttpMethod.PUT, "/api/calendars/2031",
                        "{\"holidays\":[\"2031-01-01\",\"2031-10-01..2031-10-07\"],\"make_up_workdays\":[\"2031-09-28\"]}",
                        false))));
        routes.put("POST /api/duties/generate", new Entry(t -> query(HttpMethod.POST, "/api/duties/generate?period=%s", "")));
        routes.put("POST /api/draws", new Entry(t -> json(HttpMethod.POST, "/api/draws", draw(), false)));
        routes.put("POST /api/draws/{id}/run", new Entry(t -> path(HttpMethod.POST, "/api/draws/%s/run", true)));
        routes.put("PUT /api/photos/{sha256}", new Entry(t -> photos("/api/photos/")));
        routes.put("PUT /api/inspections/{id}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/inspections/%s", false),
                jsonFresh(HttpMethod.PUT, () -> "/api/inspections/" + UUID.randomUUID(), inspection()),
                List.of(body(HttpMethod.PUT, "/api/inspections/" + UUID.randomUUID(), "51 findings",
                        inspection().replace("\"findings\":[", "\"findings\":[" + "{\"category\":\"dust\",\"severity\":"
                                + "\"minor\"},".repeat(50)), MediaType.APPLICATION_JSON, false)))));
        routes.put("POST /api/inspections/{id}/review", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/inspections/%s/review", false),
                json(HttpMethod.POST, "/api/inspections/" + t.inspectionId + "/review",
                        "{\"accept\":true,\"reason\":\"位置可信\"}", false))));
        routes.put("POST /api/cases/{id}/actions", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/cases/%s/actions", true),
                json(HttpMethod.POST, "/api/cases/" + t.caseId + "/actions",
                        "{\"action\":\"assign\",\"assignee_id\":" + t.staff.supervisorA1Id + ",\"reason\":\"请整改\"}",
                        false))));
        routes.put("POST /api/complaints", new Entry(t -> json(HttpMethod.POST, "/api/complaints",
                complaint().replace("\"k-1\"", "\"k-2\"").replace("{", "{\"channel\":\"hotline\","), false)));
        routes.put("POST /api/complaints/{id}/actions", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/complaints/%s/actions", true),
                json(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/actions",
                        "{\"action\":\"open_case\",\"text\":\"噪声超标\",\"category\":\"noise\",\"severity\":\"minor\","
                                + "\"source_code\":\"" + SOURCE + "\"}", false),
                List.of(body(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/actions",
                                "a public reply with an action that publishes none",
                                "{\"action\":\"accept\",\"public_reply\":\"已受理\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/actions", "a 2001-character public reply",
                                "{\"action\":\"reply\",\"text\":\"已处理\",\"public_reply\":\"" + "答".repeat(2001) + "\"}",
                                MediaType.APPLICATION_JSON, false)))));
        routes.put("POST /api/complaints/{id}/transfer", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/complaints/%s/transfer", true),
                json(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/transfer",
                        "{\"grid\":\"A1\",\"reason\":\"已在本网格\"}", false))));
        routes.put("POST /api/complaints/{id}/send-back", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/complaints/%s/send-back", true),
                json(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/send-back",
                        "{\"reason\":\"不属本网格\"}", false))));
        routes.put("POST /api/complaints/{id}/duplicate", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/complaints/%s/duplicate", true),
                json(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/duplicate",
                        "{\"duplicate_of\":" + t.complaintId + ",\"reason\":\"同一工地\"}", false))));
        routes.put("POST /api/complaints/{id}/decline", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/complaints/%s/decline", true),
                json(HttpMethod.POST, "/api/complaints/" + t.complaintId + "/decline",
                        "{\"reason\":\"\"}", false))));
        routes.put("POST /api/public/complaints", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/public/complaints", complaint().replace("\"k-1\"", "\"k-3\""), true),
                List.of(new Bad("a 40 KB chunked body", () -> chunkedComplaint(), true)))));
        routes.put("PUT /api/public/photos/{sha256}", new Entry(t -> photos("/api/public/photos/")));
        routes.put("POST /api/public/ratings/{token}", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/public/ratings/%s", false),
                json(HttpMethod.POST, "/api/public/ratings/" + t.ratingToken, "{\"satisfaction\":\"satisfied\"}", true))));
        routes.put("POST /api/reviews", new Entry(t -> concat(
                query(HttpMethod.POST, "/api/reviews?quarter=%s", ""),
                query(HttpMethod.POST, "/api/reviews?quarter=2026-Q1&dutyCompletion=%s", ""))));
        routes.put("POST /open311/v2/requests.{format:json|xml}", new Entry(t -> open311()));
        // personal API keys (#15)
        String key = "{\"label\":\"QGIS\",\"writes\":false,\"expires_on\":\"2027-01-01\"}";
        routes.put("POST /api/me/api-keys", new Entry(t -> concat(json(HttpMethod.POST, "/api/me/api-keys", key, false),
                List.of(body(HttpMethod.POST, "/api/me/api-keys", "a blank label", "{\"label\":\"  \"}",
                                MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.POST, "/api/me/api-keys", "a label of 51 characters", "{\"label\":\""
                                + "密".repeat(51) + "\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.POST, "/api/me/api-keys", "an expiry in the past",
                                "{\"label\":\"x\",\"expires_on\":\"2001-01-01\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.POST, "/api/me/api-keys", "an expiry at the end of time",
                                "{\"label\":\"x\",\"expires_on\":\"+999999999-12-31\"}", MediaType.APPLICATION_JSON,
                                false)))));
        routes.put("POST /api/me/api-keys/{id}/revoke", new Entry(t -> path(HttpMethod.POST,
                "/api/me/api-keys/%s/revoke", true)));
        routes.put("POST /api/people/{id}/api-keys", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/people/%s/api-keys", true),
                json(HttpMethod.POST, "/api/people/" + t.staff.supervisorA1Id + "/api-keys", key, false))));
        routes.put("POST /api/people/{id}/api-keys/{keyId}/revoke", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/people/%s/api-keys/1/revoke", true),
                path(HttpMethod.POST, "/api/people/" + t.staff.supervisorA1Id + "/api-keys/%s/revoke", true))));
        // a city of districts (#16): binding an account to a district
        routes.put("PUT /api/people/{id}/district", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/people/%s/district", true),
                json(HttpMethod.PUT, "/api/people/" + t.staff.supervisorA1Id + "/district", "{\"district\":\"D\"}", false),
                List.of(body(HttpMethod.PUT, "/api/people/" + t.staff.supervisorA1Id + "/district", "a town for a district",
                        "{\"district\":\"A\"}", MediaType.APPLICATION_JSON, false)))));
        // the city record: a code that is no city's (a province's), a name missing
        routes.put("PUT /api/city", new Entry(t -> concat(json(HttpMethod.PUT, "/api/city",
                "{\"code\":\"320200\",\"name\":\"测试市\"}", false), List.of(
                body(HttpMethod.PUT, "/api/city", "a province's code", "{\"code\":\"320000\",\"name\":\"测试市\"}",
                        MediaType.APPLICATION_JSON, false),
                body(HttpMethod.PUT, "/api/city", "no name", "{\"code\":\"320200\"}", MediaType.APPLICATION_JSON,
                        false)))));
        // rules per district (#16): an item, a district and a value that name nothing or cannot be used
        String escalation = "{\"daysToChief\":1,\"daysToDistrict\":2}";
        routes.put("PUT /api/rule-settings/{item}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/rule-settings/%s", false),
                json(HttpMethod.PUT, "/api/rule-settings/case_escalation", escalation, false),
                query(HttpMethod.PUT, "/api/rule-settings/case_escalation?district=%s", escalation))));
        routes.put("DELETE /api/rule-settings/{item}", new Entry(t -> concat(
                path(HttpMethod.DELETE, "/api/rule-settings/%s", false),
                query(HttpMethod.DELETE, "/api/rule-settings/case_escalation?district=%s", ""))));
        // credit grading (#17): a code, a year, an id, a grade, a district that name nothing; bodies that cannot be used
        String review = "{\"grade\":\"yellow\",\"reason\":\"多次被举报\"}";
        routes.put("PUT /api/enterprises/{code}/grade/{year}/review", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/enterprises/%s/grade/2031/review", false),
                path(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/grade/%s/review", true),
                json(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/grade/2031/review", review, false),
                List.of(body(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/grade/2031/review", "no reason",
                        "{\"grade\":\"yellow\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.PUT, "/api/enterprises/" + SOURCE + "/grade/2031/review", "a grade of no scale",
                                "{\"grade\":\"purple\",\"reason\":\"x\"}", MediaType.APPLICATION_JSON, false)))));
        String appeal = "{\"filed_for\":\"厂长\",\"text\":\"已整改\"}";
        routes.put("POST /api/enterprises/{code}/grade/{year}/appeals", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/grade/%s/appeals", true),
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/grade/2031/appeals", appeal, false))));
        String decision = "{\"decision\":\"upheld\",\"grade\":\"blue\",\"reason\":\"整改及时\"}";
        routes.put("POST /api/enterprises/{code}/grade/{year}/appeals/{id}/decision", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/grade/2031/appeals/%s/decision", true),
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/grade/2031/appeals/1/decision", decision,
                        false))));
        routes.put("POST /api/grading/{year}/publish", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/grading/%s/publish", true),
                query(HttpMethod.POST, "/api/grading/2026/publish?district=%s", ""))));
        routes.put("DELETE /api/calendars/{year}", new Entry(t -> concat(
                path(HttpMethod.DELETE, "/api/calendars/%s", true),
                query(HttpMethod.DELETE, "/api/calendars/2031?district=%s", ""))));
        // 一厂一策 remediation plans (#17)
        routes.put("POST /api/enterprises/{code}/plans", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/enterprises/%s/plans", false),
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans", "{\"title\":\"新计划\",\"period\":\"2026\","
                        + "\"measures\":[" + t.planMeasure("封堵暗管") + "]}", false),
                List.of(body(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans", "a deadline long past",
                        "{\"title\":\"新计划\",\"period\":\"2026\",\"measures\":[" + t.planMeasure("封堵暗管")
                                .replaceFirst("\\d{4}-\\d{2}-\\d{2}", "2001-01-01") + "]}", MediaType.APPLICATION_JSON,
                        false)))));
        routes.put("POST /api/enterprises/{code}/plans/{planId}/measures", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans/%s/measures", true),
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans/" + t.planId + "/measures",
                        t.planMeasure("更换活性炭"), false))));
        routes.put("POST /api/enterprises/{code}/plans/{planId}/measures/{measureId}/actions", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans/" + t.planId + "/measures/%s/actions", true),
                json(HttpMethod.POST, "/api/enterprises/" + SOURCE + "/plans/" + t.planId + "/measures/" + t.measureId
                        + "/actions", "{\"action\":\"verify\",\"inspection_id\":\"" + t.inspectionId
                        + "\",\"reason\":\"复查合格\"}", false))));
        // radiation (#17): a licence, a sealed source and a ray device of the enterprise, each field unusable in turn
        String radiation = "/api/enterprises/" + SOURCE + "/radiation/";
        routes.put("PUT /api/enterprises/{code}/radiation/licence", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/enterprises/%s/radiation/licence", false),
                json(HttpMethod.PUT, radiation + "licence", "{\"number\":\"苏环辐证[00001]\",\"source_classes\":"
                        + "[\"V\"],\"device_classes\":[\"III\"],\"issued_on\":\"2024-01-01\",\"expires_on\":"
                        + "\"2029-01-01\"}", false),
                List.of(body(HttpMethod.PUT, radiation + "licence", "a licence permitting nothing", "{\"number\":"
                                + "\"X\",\"source_classes\":[],\"issued_on\":\"2024-01-01\",\"expires_on\":"
                                + "\"2029-01-01\"}", MediaType.APPLICATION_JSON, false),
                        body(HttpMethod.PUT, radiation + "licence", "an expiry at the end of time", "{\"number\":"
                                + "\"X\",\"source_classes\":[\"V\"],\"issued_on\":\"2024-01-01\",\"expires_on\":"
                                + "\"+999999999-12-31\"}", MediaType.APPLICATION_JSON, false)))));
        String sealed = "{\"nuclide\":\"Cs-137\",\"class\":\"V\",\"activity\":3.7,\"activity_unit\":\"GBq\","
                + "\"activity_on\":\"2020-05-01\",\"location\":\"探伤室\",\"status\":\"in_use\"}";
        routes.put("PUT /api/enterprises/{code}/radiation/sources/{serial}", new Entry(t -> concat(
                path(HttpMethod.PUT, radiation + "sources/%s", false),
                json(HttpMethod.PUT, radiation + "sources/0320CS000001", sealed, false),
                List.of(body(HttpMethod.PUT, radiation + "sources/0320CS000001", "an activity of 10^23 Bq",
                        sealed.replace("3.7", "1e14"), MediaType.APPLICATION_JSON, false)))));
        routes.put("PUT /api/enterprises/{code}/radiation/devices/{serial}", new Entry(t -> concat(
                path(HttpMethod.PUT, radiation + "devices/%s", false),
                json(HttpMethod.PUT, radiation + "devices/XG-1", "{\"kind\":\"工业X射线探伤机\",\"model\":"
                        + "\"XXG-2505\",\"class\":\"III\",\"location\":\"探伤室\",\"status\":\"in_use\"}", false))));
        // siting checks (#18): no site, a line, a bow-tie, no such format, a site outside the district, no project
        String sitingCheck = "/api/siting-checks?project=x&dryRun=true";
        String point = site("{\"type\":\"Point\",\"coordinates\":[120.005,30.002]}");
        routes.put("POST /api/siting-checks", new Entry(t -> concat(
                files(sitingCheck, MediaType.APPLICATION_JSON, List.of(point.substring(0, point.length() / 2), "[1,2]",
                        "\"text\"", "{\"type\":\"FeatureCollection\",\"features\":[]}", site("null"),
                        site("{\"type\":\"LineString\",\"coordinates\":[[120.001,30.001],[120.002,30.002]]}"),
                        site("{\"type\":\"Polygon\",\"coordinates\":[[[120.001,30.001],[120.003,30.003],"
                                + "[120.003,30.001],[120.001,30.003],[120.001,30.001]]]}"))),
                files("/api/siting-checks?project=x", MediaType.APPLICATION_JSON, List.of(
                        site("{\"type\":\"Point\",\"coordinates\":[121.5,31.5]}"))),
                files("/api/siting-checks", MediaType.APPLICATION_JSON, List.of(point)),
                files(sitingCheck, "application/octet-stream", List.of("PK\u0003\u0004 not a zip",
                        "SQLite format 3\u0000 not a GeoPackage", "", "id,name\n1,x")),
                query(HttpMethod.POST, sitingCheck + "&crs=%s", point),
                query(HttpMethod.POST, sitingCheck + "&requestId=%s", point))));
        routes.put("POST /api/emergencies", new Entry(t -> concat(
                json(HttpMethod.POST, "/api/emergencies", emergency(UUID.randomUUID().toString()), false),
                query(HttpMethod.POST, "/api/emergencies?zoneMetres=%s", emergency(UUID.randomUUID().toString())))));
        routes.put("POST /api/emergencies/{id}/actions", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/emergencies/%s/actions", false),
                json(HttpMethod.POST, "/api/emergencies/" + t.emergencyId + "/actions",
                        "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"到场处置\"}", false))));
        routes.put("POST /api/emergencies/{id}/closure", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/emergencies/%s/closure", false),
                json(HttpMethod.POST, "/api/emergencies/" + t.emergencyId + "/closure",
                        "{\"summary\":\"已处置\",\"consequences\":\"无\"}", false))));
        String member = "{\"district\":\"D\",\"name\":\"专家\",\"phone\":\"13800000001\",\"unit\":\"环科院\","
                + "\"speciality\":\"expert\",\"duties\":[{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}]}";
        routes.put("PUT /api/emergency-team/{id}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/emergency-team/%s", false),
                jsonFresh(HttpMethod.PUT, () -> "/api/emergency-team/" + UUID.randomUUID(), member))));
        routes.put("DELETE /api/emergency-team/{id}", new Entry(t -> path(HttpMethod.DELETE,
                "/api/emergency-team/%s", false)));
        // pilots and eco-creation (#18)
        routes.put("POST /api/pilots", new Entry(t -> json(HttpMethod.POST, "/api/pilots",
                pilot("\"id\":\"" + UUID.randomUUID() + "\","), false)));
        routes.put("PUT /api/pilots/{id}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/pilots/%s", false),
                json(HttpMethod.PUT, "/api/pilots/" + t.pilotId, pilot(""), false))));
        routes.put("POST /api/pilots/{id}/progress", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/pilots/%s/progress", false),
                json(HttpMethod.POST, "/api/pilots/" + t.pilotId + "/progress", "{\"id\":\"" + UUID.randomUUID()
                        + "\",\"date\":\"2025-06-01\",\"indicator\":\"黑臭水体消除数\",\"value\":1,\"note\":\"清淤\","
                        + "\"photos\":[],\"documents\":[\"验收报告.pdf\"]}", false))));
        routes.put("PUT /api/creations/{grid}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/creations/%s", false),
                json(HttpMethod.PUT, "/api/creations/A1", "{\"stage\":\"declared\",\"date\":\"2025-03-01\","
                        + "\"note\":\"申报\"}", false))));
        routes.put("POST /api/publicity/events", new Entry(t -> json(HttpMethod.POST, "/api/publicity/events",
                publicityEvent(UUID.randomUUID().toString()), false)));
        routes.put("PUT /api/publicity/events/{id}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/publicity/events/%s", false),
                json(HttpMethod.PUT, "/api/publicity/events/" + t.publicityEventId,
                        publicityEvent(t.publicityEventId), false))));
        routes.put("DELETE /api/publicity/events/{id}", new Entry(t -> path(HttpMethod.DELETE,
                "/api/publicity/events/%s", false)));
        routes.put("POST /api/volunteers", new Entry(t -> json(HttpMethod.POST, "/api/volunteers",
                volunteer(UUID.randomUUID().toString()), false)));
        routes.put("PUT /api/volunteers/{id}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/volunteers/%s", false),
                json(HttpMethod.PUT, "/api/volunteers/" + t.volunteerId, volunteer(t.volunteerId), false))));
        // orders: supervision orders (#18)
        routes.put("POST /api/supervision-orders", new Entry(t -> json(HttpMethod.POST, "/api/supervision-orders",
                t.supervisionOrder(UUID.randomUUID().toString(), t.orderFinding), false)));
        routes.put("POST /api/supervision-orders/{id}/actions", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/supervision-orders/%s/actions", false),
                json(HttpMethod.POST, "/api/supervision-orders/" + t.orderId + "/actions",
                        "{\"action\":\"send_back\",\"reason\":\"照片不清\"}", false))));
        // campaigns: joint inspections (#18)
        routes.put("POST /api/departments", new Entry(t -> json(HttpMethod.POST, "/api/departments",
                "{\"code\":\"forestry\",\"name\":\"林业\"}", false)));
        routes.put("PUT /api/departments/{code}", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/departments/%s", false),
                json(HttpMethod.PUT, "/api/departments/eco", "{\"name\":\"生态环境\"}", false))));
        routes.put("POST /api/departments/{code}/retire", new Entry(t -> path(HttpMethod.POST,
                "/api/departments/%s/retire", false)));
        routes.put("POST /api/joint-campaigns", new Entry(t -> json(HttpMethod.POST, "/api/joint-campaigns",
                t.jointCampaign(UUID.randomUUID().toString()), false)));
        routes.put("PUT /api/joint-campaigns/{id}/team", new Entry(t -> concat(
                path(HttpMethod.PUT, "/api/joint-campaigns/%s/team", false),
                json(HttpMethod.PUT, "/api/joint-campaigns/" + t.campaignId + "/team", "{\"members\":[{\"person_id\":"
                        + t.staff.chiefAId + ",\"department\":\"urban\",\"leader\":true}]}", false))));
        routes.put("POST /api/joint-campaigns/{id}/targets", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/joint-campaigns/%s/targets", false),
                json(HttpMethod.POST, "/api/joint-campaigns/" + t.campaignId + "/targets", "{\"by\":\"filter\","
                        + "\"filter\":{\"kind\":\"enterprise\",\"ratings\":[\"D\"],\"industry\":\"化工\","
                        + "\"grid\":\"A1\"}}", false))));
        routes.put("POST /api/joint-campaigns/{id}/findings", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/joint-campaigns/%s/findings", false),
                json(HttpMethod.POST, "/api/joint-campaigns/" + t.campaignId + "/findings", "{\"id\":\""
                        + UUID.randomUUID() + "\",\"target_kind\":\"grid\",\"target_code\":\"A1\",\"category\":"
                        + "\"dust\",\"severity\":\"general\",\"description\":\"工地未覆盖\",\"found_on\":"
                        + "\"2025-06-01\",\"photos\":[],\"department\":\"water\"}", false))));
        routes.put("POST /api/joint-campaigns/{id}/close", new Entry(t -> path(HttpMethod.POST,
                "/api/joint-campaigns/%s/close", false)));
        // accountability (#18): a run of the proposals takes no input, so nothing a client sends can be bad; a
        // decision's body and id on a proposed record of B made for the route
        routes.put("POST /api/accountability/proposals", new Entry(t -> List.of()));
        routes.put("POST /api/accountability/{id}/decision", new Entry(t -> concat(
                path(HttpMethod.POST, "/api/accountability/%s/decision", true),
                json(HttpMethod.POST, "/api/accountability/" + t.sql.count("INSERT INTO accountability (basis,"
                        + " grid_code, quarters, subject, reason, measure, state, proposed_at) VALUES ('ranked_last',"
                        + " 'B', ARRAY['2020-Q1', 'q" + System.nanoTime() + "'], 'B 网格长', '连续两季度末位', 'circular',"
                        + " 'proposed', now()) RETURNING id") + "/decision", "{\"decision\":\"confirm\",\"measure\":\"circular\","
                        + "\"reason\":\"属实\"}", false))));
        return routes;
    }

    /**
     * A valid pilot in A1 with one target, after {@code id} (a member with its comma, or nothing); the first member is
     * a required one, so that a NUL in its name makes the body bad.
     */
    static String pilot(String id) {
        return "{" + id + "\"title\":\"整治试点\",\"grid\":\"A1\",\"fromYear\":2025,\"toYear\":2026,"
                + "\"targets\":[{\"indicator\":\"黑臭水体消除数\",\"unit\":\"个\",\"kind\":\"count\",\"target\":2}]}";
    }

    /** A valid publicity event in A1 under a client-made id, with a photo list. */
    static String publicityEvent(String id) {
        return "{\"id\":\"" + id + "\",\"grid\":\"A1\",\"title\":\"环境日宣传\",\"heldOn\":\"2026-06-05\","
                + "\"kind\":\"environment_day\",\"place\":\"广场\",\"attendance\":10,\"organiser\":\"环保办\","
                + "\"notes\":\"发放手册\",\"photos\":[]}";
    }

    static String volunteer(String id) {
        return "{\"id\":\"" + id + "\",\"grid\":\"A1\",\"name\":\"王芳\",\"phone\":\"13812345678\","
                + "\"registeredOn\":\"2026-05-01\",\"active\":true}";
    }

    /** campaigns: a valid joint campaign in town A under the id, led by the chief of A for 城管. */
    String jointCampaign(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"联合督查\",\"theme\":\"扬尘\",\"grid\":\"A\","
                + "\"period_from\":\"2025-01-01\",\"period_to\":\"2025-12-31\",\"members\":[{\"person_id\":"
                + staff.chiefAId + ",\"department\":\"urban\",\"leader\":true}]}";
    }

    /** A valid report of an emergency in A1 under a client-made id. */
    static String emergency(String id) {
        return "{\"id\":\"" + id + "\",\"type\":\"water\",\"level\":\"general\",\"lon\":120.002,\"lat\":30.002,"
                + "\"occurredAt\":\"2025-06-01T00:00:00Z\",\"description\":\"河道死鱼\"}";
    }

    @Test
    void every_write_route_answers_bad_input_with_a_4xx_problem_and_stores_nothing() {
        Map<String, Entry> table = routes();
        List<String> writes = Routes.writes(router);
        List<String> missing = writes.stream().filter(r -> !table.containsKey(r)).toList();
        assertTrue(missing.isEmpty(), "write routes without bad inputs in this test: " + missing);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        int serverErrors = 0;
        for (var route : table.entrySet()) {
            assertTrue(writes.contains(route.getKey()), "no such route any more: " + route.getKey());
            for (Bad bad : route.getValue().inputs().apply(this)) {
                String before = counts();
                var answer = (bad.anonymous() ? anonymous : staff.admin).exchange(bad.request().get());
                tried++;
                String where = route.getKey() + " with " + bad.what() + " → " + answer.status() + " " + answer.json();
                if (answer.status() >= 500) {
                    serverErrors++;
                }
                if (answer.status() < 400 || answer.status() >= 500) {
                    failures.add(where);
                } else if (route.getKey().startsWith("POST /open311/")) {
                    if (!isOpen311Error(answer)) {
                        failures.add(where + ": not in Open311's error format");
                    }
                } else if (!Problem.MEDIA_TYPE.equals(answer.contentType())) {
                    failures.add(where + ": not a problem but " + answer.contentType());
                } else if (!uncoded(answer.json()).isEmpty()) {
                    failures.add(where + ": no code on " + uncoded(answer.json()));
                }
                if (!before.equals(counts())) {
                    failures.add(where + ": stored something (" + before + " → " + counts() + ")");
                }
            }
        }
        System.out.printf("bad input: %d write routes, %d bad inputs tried, %d answered 5xx%n", table.size(), tried,
                serverErrors);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tried + " bad inputs were not refused as they should be:\n"
                    + String.join("\n", failures));
        }
    }

    /** Where a problem lacks its machine code: the problem itself ("problem") or an entry of its errors ("errors/2"). */
    static List<String> uncoded(JsonNode problem) {
        List<String> missing = new ArrayList<>();
        if (problem == null || !problem.path("code").isTextual() || problem.path("code").asText().isBlank()) {
            missing.add("problem");
        }
        JsonNode errors = problem == null ? null : problem.get("errors");
        for (int i = 0; errors != null && i < errors.size(); i++) {
            if (!errors.get(i).path("code").isTextual() || errors.get(i).path("code").asText().isBlank()) {
                missing.add("errors/" + i);
            }
        }
        return missing;
    }

    private static boolean isOpen311Error(ApiClient.Answer answer) {
        if (answer.contentType().contains("xml")) {
            return true;
        }
        JsonNode errors = answer.json();
        return errors != null && errors.isArray() && errors.get(0).has("code") && errors.get(0).has("description")
                && errors.get(0).get("code").asInt() == answer.status();
    }

    /** The row count of every table, as one line. */
    private String counts() {
        return sql.text("SELECT string_agg(table_name || '=' || (xpath('/row/c/text()', query_to_xml('SELECT count(*)"
                + " AS c FROM ' || quote_ident(table_name), false, true, '')))[1]::text, ',' ORDER BY table_name)"
                + " FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                + " AND table_name <> 'flyway_schema_history'");
    }

    // ---- the classes of bad input, made from a body the route would take ----

    @SafeVarargs
    private static List<Bad> concat(List<Bad>... lists) {
        List<Bad> all = new ArrayList<>();
        for (List<Bad> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static Bad body(HttpMethod method, String uri, String what, String body, String contentType, boolean anonymous) {
        return new Bad(what, () -> HttpRequest.create(method, uri).body(body).contentType(contentType), anonymous);
    }

    /** The JSON classes, for a route whose every call may use the same URI. */
    private static List<Bad> json(HttpMethod method, String uri, String valid, boolean anonymous) {
        return jsonBodies(valid).entrySet().stream()
                .map(e -> body(method, uri, e.getKey(), e.getValue(), MediaType.APPLICATION_JSON, anonymous)).toList();
    }

    /** The JSON classes, each sent to a URI of its own (a new client-made id). */
    private static List<Bad> jsonFresh(HttpMethod method, Supplier<String> uri, String valid) {
        return jsonBodies(valid).entrySet().stream().map(e -> new Bad(e.getKey(), () -> HttpRequest.create(method,
                uri.get()).body(e.getValue()).contentType(MediaType.APPLICATION_JSON), false)).toList();
    }

    /**
     * Malformed JSON, the wrong type for a member, and for every string a NUL, another control character and a huge
     * text; for every number "NaN", "Infinity" and out-of-range values; for every list a null in it.
     */
    static Map<String, String> jsonBodies(String valid) {
        JsonNode tree = read(valid);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", valid.substring(0, valid.length() / 2));
        bodies.put("a body of the wrong shape", tree.isArray() ? "{\"a\":1}" : "[1,2]");
        bodies.put("a bare string", "\"text\"");
        bodies.put("a NUL in a member name", valid.replaceFirst("\\{\"", "{\"\\\\u0000"));
        leaves(tree, "", (pointer, node) -> {
            if (node.isTextual()) {
                bodies.put("a NUL in " + pointer, with(tree, pointer, node.asText() + "\u0000x"));
                bodies.put("an escape character in " + pointer, with(tree, pointer, "\u001b[31m" + node.asText()));
                bodies.put("a huge text in " + pointer, with(tree, pointer, HUGE));
                bodies.put("an object for the text " + pointer, write(withNode(tree, pointer, JSON.createObjectNode().put("a", 1))));
            } else if (node.isNumber()) {
                bodies.put("\"NaN\" for " + pointer, with(tree, pointer, "NaN"));
                bodies.put("\"Infinity\" for " + pointer, with(tree, pointer, "-Infinity"));
                bodies.put("text for the number " + pointer, with(tree, pointer, "abc"));
                bodies.put("1e999 for " + pointer, write(withNode(tree, pointer, JsonNodeFactory.instance.textNode("@N@")))
                        .replace("\"@N@\"", "1e999"));
                bodies.put("an integer beyond 64 bits for " + pointer, write(withNode(tree, pointer,
                        JsonNodeFactory.instance.textNode("@N@"))).replace("\"@N@\"", "99999999999999999999999"));
                bodies.put("-1e308 for " + pointer, write(withNode(tree, pointer, JsonNodeFactory.instance.numberNode(-1e308))));
            } else if (node.isArray()) {
                ArrayNode withNull = ((ArrayNode) node.deepCopy()).addNull();
                bodies.put("a null in the list " + pointer, write(withNode(tree, pointer, withNull)));
                bodies.put("text for the list " + pointer, with(tree, pointer, "x"));
            }
        });
        return bodies;
    }

    private interface Leaf {
        void at(String pointer, JsonNode node);
    }

    /** Every member and item below the root, depth first (objects and arrays too), with its JSON Pointer. */
    private static void leaves(JsonNode node, String pointer, Leaf leaf) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = pointer + "/" + e.getKey();
                leaf.at(p, e.getValue());
                leaves(e.getValue(), p, leaf);
            });
        } else if (node.isArray()) {
            // the first item stands for all of a list: a geometry's thousands of positions would add nothing
            if (!node.isEmpty()) {
                leaf.at(pointer + "/0", node.get(0));
                leaves(node.get(0), pointer + "/0", leaf);
            }
        }
    }

    private static String with(JsonNode tree, String pointer, String text) {
        return write(withNode(tree, pointer, JsonNodeFactory.instance.textNode(text)));
    }

    private static JsonNode withNode(JsonNode tree, String pointer, JsonNode value) {
        JsonNode copy = tree.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String last = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return copy;
    }

    /** Path segments that are not ids: a NUL, text for a number, a number beyond 64 bits, a long text. */
    private static List<Bad> path(HttpMethod method, String template, boolean numeric) {
        List<Bad> bad = new ArrayList<>(List.of(
                new Bad("a NUL in the path", () -> HttpRequest.create(method, template.formatted("a%00b"))
                        .body("{}").contentType(MediaType.APPLICATION_JSON), false),
                new Bad("a long path segment", () -> HttpRequest.create(method, template.formatted(LONG_QUERY))
                        .body("{}").contentType(MediaType.APPLICATION_JSON), false)));
        if (numeric) {
            bad.add(new Bad("text for the id", () -> HttpRequest.create(method, template.formatted("abc"))
                    .body("{}").contentType(MediaType.APPLICATION_JSON), false));
            bad.add(new Bad("an id beyond 64 bits", () -> HttpRequest.create(method,
                    template.formatted("99999999999999999999")).body("{}").contentType(MediaType.APPLICATION_JSON), false));
        }
        return bad;
    }

    /** Query values: a NUL, an escape character, a long text, "NaN", "Infinity", out of range. */
    private static List<Bad> query(HttpMethod method, String template, String body) {
        List<Bad> bad = new ArrayList<>();
        for (String value : List.of("a%00b", "%1B%5B31m", LONG_QUERY, "NaN", "-Infinity", "1e999", "-1e308",
                "99999999999999999999")) {
            bad.add(new Bad("query value " + (value.length() > 40 ? "of " + value.length() + " characters" : value),
                    () -> HttpRequest.create(method, template.formatted(value)).body(body)
                            .contentType(MediaType.APPLICATION_JSON), false));
        }
        return bad;
    }

    /** A FeatureCollection of one feature with the geometry given as GeoJSON. */
    private static String site(String geometry) {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":" + geometry + "}]}";
    }

    /** Broken files for an import that takes a file. */
    private static List<Bad> files(String uri, String contentType, List<String> bodies) {
        return bodies.stream().map(b -> new Bad("the file " + b.substring(0, Math.min(b.length(), 30)).replace("\u0000",
                "\\0"), () -> HttpRequest.POST(uri, b.getBytes(StandardCharsets.UTF_8)).contentType(contentType), false)).toList();
    }

    /** Broken photos: bytes that are no image, a hash of other bytes, an empty body, a hash that is no hash. */
    private static List<Bad> photos(String prefix) {
        byte[] broken = "\u00ff\u00d8\u00ff\u00e0 not really a JPEG".getBytes(StandardCharsets.ISO_8859_1);
        byte[] image = TestPhotos.image("jpg", 8, 42);
        boolean anonymous = prefix.contains("public");
        return List.of(
                new Bad("a broken JPEG", () -> HttpRequest.PUT(prefix + TestPhotos.sha256(broken), broken)
                        .contentType("image/jpeg"), anonymous),
                new Bad("a photo under another photo's hash", () -> HttpRequest.PUT(prefix + TestPhotos.sha256(broken),
                        image).contentType("image/jpeg"), anonymous),
                new Bad("an empty photo", () -> HttpRequest.PUT(prefix + TestPhotos.sha256(new byte[0]), new byte[0])
                        .contentType("image/jpeg"), anonymous),
                new Bad("a hash with a NUL", () -> HttpRequest.PUT(prefix + "ab%00cd", image).contentType("image/jpeg"),
                        anonymous),
                new Bad("a text for a photo", () -> HttpRequest.PUT(prefix + TestPhotos.sha256(image), "not a photo")
                        .contentType("text/plain"), anonymous));
    }

    private static MutableHttpRequest<?> chunkedComplaint() {
        // a complaint that would be taken in but for its size: whitespace does not change what JSON says
        String body = complaint().replace("\"k-1\"", "\"k-4\"") + " ".repeat(40_000);
        // a Publisher body has no Content-Length: the client sends it chunked
        return HttpRequest.POST("/api/public/complaints",
                        reactor.core.publisher.Flux.just(body.getBytes(StandardCharsets.UTF_8)))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private static List<Bad> open311() {
        String valid = "service_code=noise&lat=30.002&long=120.002&description=%E5%B7%A5%E5%9C%B0&first_name=W";
        List<String> forms = List.of("%%%=&&==", "description=a%00b&" + valid, valid.replace("=noise", "=no%00ise"),
                valid.replace("30.002", "NaN"), valid.replace("120.002", "Infinity"), valid.replace("30.002", "1e999"),
                valid.replace("30.002", "abc"), valid + "&description=" + HUGE, valid.replace("=W", "=%1B"),
                "service_code=noise&lat=30.002&long=120.002&description=" + "%E5%99%AA".repeat(6_000));
        List<Bad> bad = new ArrayList<>();
        for (String extension : List.of("json", "xml")) {
            for (String form : forms) {
                bad.add(new Bad(extension + " form " + form.substring(0, Math.min(form.length(), 40)), () ->
                        HttpRequest.POST("/open311/v2/requests." + extension, form)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), true));
            }
        }
        bad.add(new Bad("a JSON body", () -> HttpRequest.POST("/open311/v2/requests.json", "{\"service_code\":1}")
                .contentType(MediaType.APPLICATION_JSON_TYPE), true));
        return bad;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
