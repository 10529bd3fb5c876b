package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.Routes;
import com.envgrid.api.TestPhotos;
import com.envgrid.api.grid.GridFiles;
import com.envgrid.api.order.JointFixture;
import com.envgrid.core.source.CreditCode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call what: every route the router serves, for each of five callers — an administrator, a district
 * viewer, the chief of town A, the supervisor of community A1, and nobody signed in —, with the status each gets:
 * 2xx where allowed (or the business answer — 400, 409 — once past the access check), 403 for a role or grid
 * outside the caller's, 404 for another grid's record the caller may not see (an inspection, case, complaint or
 * photo: not even its existence is given away), 401 without a token. Routes that take an id have a row for an
 * object in the caller's grids and one for an object of street B (its chief, chief-b, made them). Every HEAD route
 * is checked with its GET row's expectations. A route without a row fails {@link #every_route_has_a_row}. Rows at
 * the end add an administrator and a viewer bound to district D ({@link #districtRow}).
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.complaints.max-per-hour", value = "1000")
@Property(name = "envgrid.complaints.max-photos-per-hour", value = "1000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTestBase {
    static final String SOURCE_A1 = CreditCode.withCheckCharacter("91320214MA1F00011");
    static final String SOURCE_B = CreditCode.withCheckCharacter("91320214MA1F00012");
    private static final AtomicLong SEQUENCE = new AtomicLong(100);
    private static final String SITE_A1 = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.005,30.002]}}]}";

    @Inject
    Router router;
    @Inject
    Clock clock;

    StaffFixture staff;
    ApiClient admin;
    ApiClient chiefB;
    /** This month and last quarter, from the application's clock. */
    String month;
    String lastQuarter;
    String inspectionA1;
    String inspectionB;
    String inspectionBContent;
    long caseA1;
    long caseB;
    long complaintA1;
    long complaintB;
    String photoA1;
    String photoB;
    long dutyB;
    long drawId;
    long chiefBId;
    /** A remediation plan of the source in A1 and one of the source in B, each with a measure. */
    long planA1;
    long planB;
    long measureA1;
    long measureB;
    long sitingCheck;
    String emergencyB;
    String pilotB;
    /** A publicity event and a volunteer of B. */
    String publicityEventB;
    String volunteerB;
    // orders: a joint inspection campaign in D (written straight into its tables) and its order to B
    JointFixture joint;
    UUID orderCampaign;
    String orderB;
    /** campaigns: a joint campaign in B with the chief of B on its team and B itself as a target. */
    String campaignB;

    @BeforeAll
    void districtWithRecordsInA1AndB() throws Exception {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        chiefB = ApiClient.signedIn(http, "chief-b", StaffFixture.PASSWORD);
        chiefBId = staff.chiefBId;
        YearMonth now = YearMonth.from(clock.instant().atOffset(ZoneOffset.ofHours(8)));
        month = now.toString();
        YearMonth before = now.minusMonths(3);
        lastQuarter = before.getYear() + "-Q" + ((before.getMonthValue() - 1) / 3 + 1);

        assertEquals(201, admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n"
                + SOURCE_A1 + ",化工厂,120.002,30.002,D\n" + SOURCE_B + ",印染厂,120.015,30.003,C\n")
                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv")).status());
        assertEquals(200, admin.post("/api/duties/generate?period=" + month, "").status());
        dutyB = sql.count("SELECT min(id) FROM duty WHERE grid_code = 'B'");

        photoA1 = upload(staff.as("supervisor"));
        photoB = upload(chiefB);
        inspectionA1 = UUID.randomUUID().toString();
        assertEquals(201, put(staff.as("supervisor"), inspectionA1, sourceRecord(SOURCE_A1,
                ",\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\",\"description\":\"排口发黑\"}],"
                        + "\"photos\":[\"" + photoA1 + "\"]")).status());
        inspectionB = UUID.randomUUID().toString();
        inspectionBContent = patrolOfB(",\"findings\":[{\"category\":\"dust\",\"severity\":\"general\",\"description\":"
                + "\"工地未覆盖\"}],\"photos\":[\"" + photoB + "\"]");
        assertEquals(201, put(chiefB, inspectionB, inspectionBContent).status());
        caseA1 = sql.count("SELECT min(id) FROM problem_case WHERE grid_code = 'A1'");
        caseB = sql.count("SELECT min(id) FROM problem_case WHERE grid_code = 'B'");

        complaintA1 = fileComplaint(ApiClient.anonymous(http), 120.003, 30.002);
        complaintB = fileComplaint(ApiClient.anonymous(http), 120.015, 30.003);

        var draw = admin.post("/api/draws", "{\"title\":\"双随机\",\"period\":\"" + month + "\",\"count\":1}");
        assertEquals(201, draw.status(), String.valueOf(draw.json()));
        drawId = draw.json().get("id").asLong();
        assertEquals(201, admin.post("/api/reviews?quarter=" + lastQuarter, "").status());

        var planInA1 = admin.post("/api/enterprises/" + SOURCE_A1 + "/plans", plan());
        assertEquals(201, planInA1.status(), String.valueOf(planInA1.json()));
        planA1 = planInA1.json().get("id").asLong();
        measureA1 = planInA1.json().get("measures").get(0).get("id").asLong();
        var planInB = admin.post("/api/enterprises/" + SOURCE_B + "/plans", plan());
        planB = planInB.json().get("id").asLong();
        measureB = planInB.json().get("measures").get(0).get("id").asLong();
        sitingCheck = admin.post("/api/siting-checks?project=x", SITE_A1).json().get("id").asLong();
        emergencyB = UUID.randomUUID().toString();
        assertEquals(201, chiefB.post("/api/emergencies", emergency(emergencyB, 120.015, 30.003)).status());
        pilotB = UUID.randomUUID().toString();
        assertEquals(201, chiefB.post("/api/pilots", pilot(UUID.fromString(pilotB), "B")).status());
        publicityEventB = UUID.randomUUID().toString();
        assertEquals(201, chiefB.post("/api/publicity/events", publicityEvent(publicityEventB, "B")).status());
        volunteerB = UUID.randomUUID().toString();
        assertEquals(201, chiefB.post("/api/volunteers", volunteer(volunteerB, "B")).status());
        // orders
        joint = new JointFixture(sql);
        orderCampaign = joint.campaign("联合督查");
        orderB = UUID.randomUUID().toString();
        assertEquals(201, admin.post("/api/supervision-orders", supervisionOrder(UUID.fromString(orderB),
                orderCampaign, joint.finding(orderCampaign, "B", "eco", "道路扬尘"))).status());
        // campaigns
        campaignB = UUID.randomUUID().toString();
        assertEquals(201, admin.post("/api/joint-campaigns", campaign(campaignB, "B", chiefBId)).status());
        assertEquals(200, admin.post("/api/joint-campaigns/" + campaignB + "/targets", "{\"by\":\"grid\","
                + "\"grids\":[\"B\"],\"as\":\"grids\"}").status());
    }

    /** An order of one finding of the campaign, due at the end of 2099 (never overdue). */
    static String supervisionOrder(UUID id, UUID campaign, UUID finding) {
        return "{\"id\":\"" + id + "\",\"campaign_id\":\"" + campaign + "\",\"finding_ids\":[\"" + finding
                + "\"],\"requirement\":\"限期整改\",\"due_by\":\"2099-12-31\"}";
    }

    /** A new finding of the campaign in A1, for an order to take. */
    UUID freshFindingInA1() {
        try {
            return joint.finding(orderCampaign, "A1", "urban", "工地裸土");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pilot in the grid under the id (none: for a PUT) with one target of each kind. */
    static String pilot(UUID id, String grid) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"grid\":\"" + grid + "\",\"title\":\"整治试点\","
                + "\"fromYear\":2025,\"toYear\":2026,\"targets\":[{\"indicator\":\"农村生活污水治理率\",\"unit\":\"%\","
                + "\"kind\":\"rate\",\"target\":80},{\"indicator\":\"黑臭水体消除数\",\"unit\":\"个\",\"kind\":\"count\","
                + "\"target\":2}]}";
    }

    /** campaigns: a joint campaign in the grid under the id, led by the person for 生态环境. */
    static String campaign(String id, String grid, long leader) {
        return "{\"id\":\"" + id + "\",\"title\":\"联合督查\",\"theme\":\"扬尘\",\"grid\":\"" + grid + "\","
                + "\"period_from\":\"2025-01-01\",\"period_to\":\"2025-12-31\",\"members\":[{\"person_id\":"
                + leader + ",\"department\":\"eco\",\"leader\":true}]}";
    }

    static String publicityEvent(String id, String grid) {
        return "{\"id\":\"" + id + "\",\"grid\":\"" + grid + "\",\"title\":\"环境日宣传\",\"heldOn\":\"2026-06-05\","
                + "\"kind\":\"environment_day\",\"place\":\"广场\",\"attendance\":10,\"organiser\":\"环保办\"}";
    }

    static String volunteer(String id, String grid) {
        return "{\"id\":\"" + id + "\",\"grid\":\"" + grid + "\",\"name\":\"王芳\",\"registeredOn\":\"2026-05-01\"}";
    }

    /** A remediation plan of a title of its own with one measure due in a month. */
    String plan() {
        return "{\"title\":\"整改计划" + SEQUENCE.incrementAndGet() + "\",\"period\":\"2026\",\"measures\":["
                + planMeasure() + "]}";
    }

    String planMeasure() {
        return "{\"action\":\"措施" + SEQUENCE.incrementAndGet() + "\",\"deadline\":\""
                + LocalDate.ofInstant(clock.instant(), ZoneOffset.ofHours(8)).plusDays(30)
                + "\",\"responsible_name\":\"王厂长\",\"responsible_phone\":\"13800000000\"}";
    }

    static String emergency(String id, double lon, double lat) {
        return "{\"id\":\"" + id + "\",\"type\":\"water\",\"level\":\"general\",\"lon\":" + lon + ",\"lat\":" + lat
                + ",\"occurredAt\":\"2025-06-01T00:00:00Z\",\"description\":\"死鱼\"}";
    }

    // ---- how the rows call the API ----

    static ApiClient.Answer put(ApiClient who, String id, String record) {
        return who.exchange(HttpRequest.PUT("/api/inspections/" + id, record).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    static String upload(ApiClient who) {
        byte[] jpeg = TestPhotos.image("jpg", 8, SEQUENCE.incrementAndGet());
        String hash = TestPhotos.sha256(jpeg);
        var answer = who.exchange(HttpRequest.PUT("/api/photos/" + hash, jpeg).contentType("image/jpeg"));
        if (answer.status() != 201) {
            throw new IllegalStateException("upload: " + answer.json());
        }
        return hash;
    }

    String inspectedAt() {
        return OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.ofHours(8)).toString();
    }

    String sourceRecord(String source, String extra) {
        return "{\"target\":{\"kind\":\"source\",\"code\":\"" + source + "\"},\"inspected_at\":\"" + inspectedAt()
                + "\",\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10},\"checklist\":{}" + extra + "}";
    }

    String patrolOfB(String extra) {
        return "{\"target\":{\"kind\":\"grid_patrol\",\"code\":\"B\"},\"inspected_at\":\"" + inspectedAt()
                + "\",\"fix\":{\"lon\":120.015,\"lat\":30.005,\"accuracy_m\":10},\"checklist\":{}" + extra + "}";
    }

    static String complaint(String channel, double lon, double lat) {
        return String.format(Locale.ROOT, "{\"channel\":\"%s\",\"category\":\"noise\",\"description\":\"夜间施工\","
                + "\"lon\":%s,\"lat\":%s}", channel, lon, lat);
    }

    static long fileComplaint(ApiClient who, double lon, double lat) {
        var filed = who.post("/api/public/complaints", complaint("web", lon, lat));
        if (filed.status() != 201) {
            throw new IllegalStateException("complaint: " + filed.json());
        }
        return filed.json().get("id").asLong();
    }

    static String zone() {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"Z"
                + SEQUENCE.incrementAndGet() + "\",\"name\":\"水源地\",\"level\":\"一级\"},\"geometry\":"
                + GridFiles.geoJson(GridFiles.geometry(GridFiles.square(2, 1, 4, 3))) + "}]}";
    }

    static String river() {
        return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"R"
                + SEQUENCE.incrementAndGet() + "\",\"river\":\"望虞河\",\"chief\":\"刘河长\"},\"geometry\":{\"type\":"
                + "\"LineString\",\"coordinates\":[[120.005,30.001],[120.005,30.009]]}}]}";
    }

    static String freshSource() {
        return CreditCode.withCheckCharacter("91320214MA1F" + (10000 + SEQUENCE.incrementAndGet() % 90000));
    }

    /** A call of one route on one object: what the row says, the route as the router names it, and the call. */
    record Call(String what, String route, Function<AccessMatrixTest, Function<ApiClient, ApiClient.Answer>> call,
                Function<AccessMatrixTest, String> getUri) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Call call(String route, String object, Function<AccessMatrixTest, Function<ApiClient, ApiClient.Answer>> call) {
        return new Call(route + (object.isEmpty() ? "" : " — " + object), route, call, null);
    }

    /** A GET of the route at the URI; its HEAD row expects the same status. */
    static Call get(String route, String object, Function<AccessMatrixTest, String> uri) {
        return new Call("GET " + route.substring(route.indexOf(' ') + 1) + (object.isEmpty() ? "" : " — " + object),
                route, test -> api -> api.get(uri.apply(test)), uri);
    }

    static Call get(String uri) {
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        return get("GET " + path, "", test -> uri);
    }

    static final String TEAM_MEMBER = "{\"district\":\"D\",\"name\":\"专家\",\"phone\":\"13800000001\",\"unit\":"
            + "\"环科院\",\"speciality\":\"expert\",\"duties\":[{\"from\":\"2026-01-01\",\"to\":\"2026-12-31\"}]}";

    static final String RADIATION_LICENCE = "{\"number\":\"苏环辐证[00001]\",\"source_classes\":[\"V\"],"
            + "\"device_classes\":[\"III\"],\"issued_on\":\"2024-01-01\",\"expires_on\":\"2029-01-01\"}";
    static final String RADIATION_SOURCE = "{\"nuclide\":\"Cs-137\",\"class\":\"V\",\"activity\":3.7,"
            + "\"activity_unit\":\"GBq\",\"activity_on\":\"2020-05-01\",\"location\":\"探伤室\"}";
    static final String RADIATION_DEVICE = "{\"kind\":\"工业X射线探伤机\",\"model\":\"XXG-2505\",\"class\":\"III\","
            + "\"location\":\"探伤室\"}";

    /** A PUT of a radiation record as JSON. */
    static Call radiation(String route, String object, Function<AccessMatrixTest, String> uri, String body) {
        return call(route, object, test -> api -> api.exchange(HttpRequest.PUT(uri.apply(test), body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    static Call post(String route, String object, Function<AccessMatrixTest, String> uri,
                     Function<AccessMatrixTest, String> body) {
        return call(route, object, test -> api -> api.post(uri.apply(test), body.apply(test)));
    }

    // ---- the matrix ----

    static Stream<Stream<Arguments>> matrix() {
        // expected status for: admin, viewer, chief of A, supervisor of A1, anonymous
        return Stream.of(
                // grids and the map
                row(get("/api/grids"), 200, 200, 200, 200, 401),
                row(get("GET /api/grids/{code}", "A1", t -> "/api/grids/A1"), 200, 200, 200, 200, 401),
                row(get("GET /api/grids/{code}", "A2", t -> "/api/grids/A2"), 200, 200, 200, 403, 401),
                row(get("GET /api/grids/{code}", "B", t -> "/api/grids/B"), 200, 200, 403, 403, 401),
                row(get("GET /api/grids/{code}", "D (the district)", t -> "/api/grids/D"), 200, 200, 403, 403, 401),
                row(get("GET /api/grids/locate", "a point in B", t -> "/api/grids/locate?lon=120.015&lat=30.005"),
                        200, 200, 403, 403, 401),
                row(get("GET /api/grids/locate", "a point in A1", t -> "/api/grids/locate?lon=120.005&lat=30.002"),
                        200, 200, 200, 200, 401),
                row(get("/api/grids/validation"), 200, 200, 200, 200, 401),
                row(get("/api/grids/unstaffed"), 200, 200, 200, 200, 401),
                row(get("/api/onboarding"), 200, 403, 403, 403, 401),
                row(post("POST /api/grids/import", "dry run", t -> "/api/grids/import?dryRun=true",
                        t -> smallDistrict().json()), 200, 403, 403, 403, 401),
                row(post("POST /api/grids/import/inspect", "a GeoJSON file", t -> "/api/grids/import/inspect",
                        t -> smallDistrict().json()), 200, 403, 403, 403, 401),

                // people and assignments
                row(get("/api/me"), 200, 200, 200, 200, 401),
                row(get("/api/people"), 200, 200, 200, 200, 401),
                row(get("GET /api/people/{id}", "the supervisor of A1", t -> "/api/people/" + t.staff.supervisorA1Id),
                        200, 200, 200, 200, 401),
                row(get("GET /api/people/{id}", "the chief of B", t -> "/api/people/" + t.chiefBId),
                        200, 200, 404, 404, 401),
                row(post("POST /api/people", "a viewer", t -> "/api/people", t -> "{\"name\":\"n\",\"username\":\"p"
                        + SEQUENCE.incrementAndGet() + "\",\"password\":\"Long-enough-1\",\"role\":\"viewer\"}"),
                        201, 403, 403, 403, 401),
                row(post("POST /api/people/{id}/deactivate", "a new viewer",
                        t -> "/api/people/" + t.staff.freshPerson("viewer") + "/deactivate", t -> ""), 200, 403, 403, 403, 401),
                row(post("POST /api/people/{id}/unlock", "a new viewer",
                        t -> "/api/people/" + t.staff.freshPerson("viewer") + "/unlock", t -> ""), 200, 403, 403, 403, 401),
                row(post("POST /api/people/{id}/assignments", "a new supervisor, to A2",
                        t -> "/api/people/" + t.staff.freshPerson("supervisor") + "/assignments",
                        t -> "{\"grid_code\":\"A2\",\"duty\":\"supervisor\"}"), 201, 403, 201, 403, 401),
                row(post("POST /api/people/{id}/assignments", "a new supervisor, to B",
                        t -> "/api/people/" + t.staff.freshPerson("supervisor") + "/assignments",
                        t -> "{\"grid_code\":\"B\",\"duty\":\"supervisor\"}"), 201, 403, 403, 403, 401),
                row(post("POST /api/assignments/{id}/release", "an assignment in A2",
                        t -> "/api/assignments/" + t.staff.assign(t.staff.freshPerson("supervisor"), "A2", "supervisor")
                                + "/release", t -> "{}"), 200, 403, 200, 403, 401),
                row(post("POST /api/assignments/{id}/release", "an assignment in B",
                        t -> "/api/assignments/" + t.staff.assign(t.staff.freshPerson("supervisor"), "B", "supervisor")
                                + "/release", t -> "{}"), 200, 403, 403, 403, 401),
                row(call("PUT /api/people/{id}/contact", "a new viewer", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/people/" + t.staff.freshPerson("viewer") + "/contact",
                        "{\"phone\":\"13900000010\",\"email\":\"viewer@example.cn\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 200, 403, 403, 403, 401),
                row(get("/api/audit"), 200, 403, 403, 403, 401),
                // the roster and passwords (#14): a wrong current password is the answer once past the access check
                row(call("PUT /api/me/password", "a wrong current password", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/me/password", "{\"current_password\":\"not-my-password\",\"new_password\":\"Another-pass-2026\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 400, 400, 400, 400, 401),
                row(post("POST /api/people/{id}/password-reset", "a new viewer",
                        t -> "/api/people/" + t.staff.freshPerson("viewer") + "/password-reset", t -> ""),
                        200, 403, 403, 403, 401),
                row(call("POST /api/people/import", "a dry run of one viewer", t -> api -> api.exchange(HttpRequest.POST(
                        "/api/people/import?dryRun=true", "姓名,用户名,角色\n查看员,roster-viewer,viewer\n"
                                .getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE))),
                        200, 403, 403, 403, 401),

                // the notification outbox: addresses are personal data, for administrators only
                row(get("/api/notifications"), 200, 403, 403, 403, 401),
                row(get("GET /api/notifications", "failed ones", t -> "/api/notifications?state=failed"),
                        200, 403, 403, 403, 401),
                row(post("POST /api/notifications/{id}/retry", "one that does not exist",
                        t -> "/api/notifications/999999999/retry", t -> ""), 404, 403, 403, 403, 401),
                row(call("POST /login", "viewer1's password", t -> api -> api.post("/login",
                        "{\"username\":\"viewer1\",\"password\":\"" + StaffFixture.PASSWORD + "\"}")), 200, 200, 200, 200, 200),

                // the directory
                row(get("/api/sources"), 200, 200, 200, 200, 401),
                row(get("GET /api/sources/{code}", "a source in A1", t -> "/api/sources/" + SOURCE_A1),
                        200, 200, 200, 200, 401),
                row(get("GET /api/sources/{code}", "a source in B", t -> "/api/sources/" + SOURCE_B),
                        200, 200, 403, 403, 401),
                row(call("POST /api/sources/import", "dry run", t -> api -> api.exchange(HttpRequest.POST(
                        "/api/sources/import?dryRun=true", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + freshSource()
                                + ",厂,120.003,30.003,B\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"))),
                        200, 403, 403, 403, 401),
                row(call("POST /api/sources/import/rejected-rows", "a file with a bad row", t -> api -> api.exchange(
                        HttpRequest.POST("/api/sources/import/rejected-rows", "名称,经度,纬度,信用等级\n厂,120.003,30.003,E\n"
                                .getBytes(StandardCharsets.UTF_8)).contentType("text/csv"))), 200, 403, 403, 403, 401),
                row(call("POST /api/sources/import/inspect", "a CSV file", t -> api -> api.exchange(HttpRequest.POST(
                        "/api/sources/import/inspect", "名称,经度,纬度,信用等级\n".getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"))), 200, 403, 403, 403, 401),
                row(post("POST /api/sources", "a new source in A1", t -> "/api/sources", t -> "{\"type\":\"Feature\","
                        + "\"properties\":{\"统一社会信用代码\":\"" + freshSource() + "\",\"名称\":\"厂\",\"信用等级\":\"B\"},\"geometry\":"
                        + "{\"type\":\"Point\",\"coordinates\":[120.004,30.004]}}"), 200, 403, 403, 403, 401),
                row(call("DELETE /api/sources/{code}", "a new source in A1", t -> api -> {
                    String code = freshSource();
                    t.admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + code
                            + ",厂,120.004,30.004,B\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
                    return api.exchange(HttpRequest.DELETE("/api/sources/" + code));
                }), 204, 403, 403, 403, 401),
                row(get("/api/rivers"), 200, 200, 200, 200, 401),
                row(post("POST /api/rivers/import", "", t -> "/api/rivers/import", t -> river()), 201, 403, 403, 403, 401),
                row(get("/api/zones"), 200, 200, 200, 200, 401),
                row(post("POST /api/zones/import", "", t -> "/api/zones/import", t -> zone()), 201, 403, 403, 403, 401),

                // the district's day, the names of the vocabularies and the holiday calendars
                row(get("/api/today"), 200, 200, 200, 200, 200),
                row(get("/api/vocabulary"), 200, 200, 200, 200, 200),
                row(get("/api/calendars"), 200, 200, 200, 200, 401),
                row(call("PUT /api/calendars/{year}", "2031", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/calendars/2031", "{\"holidays\":[\"2031-01-01\"],\"make_up_workdays\":[]}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 200, 403, 403, 403, 401),

                // rules, duties, draws
                row(get("/api/rules"), 200, 200, 200, 200, 401),
                row(call("PUT /api/rules", "the rules as they are", t -> api -> api.exchange(HttpRequest.PUT("/api/rules",
                        t.admin.get("/api/rules").json().toString()).contentType(MediaType.APPLICATION_JSON_TYPE))),
                        200, 403, 403, 403, 401),
                row(post("POST /api/duties/generate", "this month", t -> "/api/duties/generate?period=" + t.month,
                        t -> ""), 200, 403, 403, 403, 401),
                row(get("GET /api/duties", "this month", t -> "/api/duties?period=" + t.month), 200, 200, 200, 200, 401),
                row(get("/api/checklists?kind=source&source_kind=construction_site"), 200, 200, 200, 200, 401),
                row(get("/api/draws"), 200, 200, 200, 200, 401),
                row(get("GET /api/draws/{id}", "", t -> "/api/draws/" + t.drawId), 200, 200, 200, 200, 401),
                row(post("POST /api/draws", "", t -> "/api/draws", t -> "{\"title\":\"t\",\"period\":\"" + t.month
                        + "\",\"count\":1}"), 201, 403, 403, 403, 401),
                row(call("POST /api/draws/{id}/run", "a new draw", t -> api -> api.post("/api/draws/" + t.admin.post(
                        "/api/draws", "{\"title\":\"t\",\"period\":\"" + t.month + "\",\"count\":1}").json().get("id").asLong()
                        + "/run", "")), 200, 403, 403, 403, 401),
                row(get("/api/public/draws"), 200, 200, 200, 200, 200),
                row(get("GET /api/public/draws/{id}", "", t -> "/api/public/draws/" + t.drawId), 200, 200, 200, 200, 200),

                // inspections and photos
                row(call("PUT /api/inspections/{id}", "a new id, a source in A1", t -> api -> put(api,
                        UUID.randomUUID().toString(), t.sourceRecord(SOURCE_A1, ""))), 201, 403, 201, 201, 401),
                row(call("PUT /api/inspections/{id}", "a new id, a patrol of B", t -> api -> put(api,
                        UUID.randomUUID().toString(), t.patrolOfB(""))), 201, 403, 403, 403, 401),
                row(call("PUT /api/inspections/{id}", "a new id, a duty in B", t -> api -> put(api,
                        UUID.randomUUID().toString(), t.patrolOfB("").replace("\"target\":{\"kind\":\"grid_patrol\","
                                + "\"code\":\"B\"}", "\"duty_id\":" + t.dutyB))), 201, 403, 403, 403, 401),
                row(call("PUT /api/inspections/{id}", "B's inspection id resent as it is", t -> api -> put(api,
                        t.inspectionB, t.inspectionBContent)), 201, 403, 404, 404, 401),
                row(call("PUT /api/inspections/{id}", "B's inspection id with other content", t -> api -> put(api,
                        t.inspectionB, t.patrolOfB(""))), 409, 403, 404, 404, 401),
                row(call("PUT /api/inspections/{id}", "a new id naming B's photo", t -> api -> put(api,
                        UUID.randomUUID().toString(), t.sourceRecord(SOURCE_A1, ",\"photos\":[\"" + t.photoB + "\"]"))),
                        400, 403, 400, 400, 401),
                row(get("GET /api/inspections/{id}", "in A1", t -> "/api/inspections/" + t.inspectionA1),
                        200, 200, 200, 200, 401),
                row(get("GET /api/inspections/{id}", "in B", t -> "/api/inspections/" + t.inspectionB),
                        200, 200, 404, 404, 401),
                row(get("GET /api/inspections", "", t -> "/api/inspections?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/inspections/mine", "the caller's own records", t -> "/api/inspections/mine"),
                        200, 403, 200, 200, 401),
                row(get("GET /api/inspections/flag-rates", "", t -> "/api/inspections/flag-rates?from=2000-01-01T00:00:00Z"
                        + "&to=2100-01-01T00:00:00Z"), 200, 200, 403, 403, 401),
                row(post("POST /api/inspections/{id}/review", "in A1, not flagged",
                        t -> "/api/inspections/" + t.inspectionA1 + "/review", t -> "{\"accept\":true,\"reason\":\"ok\"}"),
                        409, 403, 409, 403, 401),
                row(post("POST /api/inspections/{id}/review", "in B", t -> "/api/inspections/" + t.inspectionB + "/review",
                        t -> "{\"accept\":true,\"reason\":\"ok\"}"), 409, 403, 404, 403, 401),
                row(call("PUT /api/photos/{sha256}", "a new photo", t -> api -> {
                    byte[] jpeg = TestPhotos.image("jpg", 8, SEQUENCE.incrementAndGet());
                    return api.exchange(HttpRequest.PUT("/api/photos/" + TestPhotos.sha256(jpeg), jpeg).contentType("image/jpeg"));
                }), 201, 403, 201, 201, 401),
                row(get("GET /api/photos/{sha256}", "in an inspection in A1", t -> "/api/photos/" + t.photoA1),
                        200, 200, 200, 200, 401),
                row(get("GET /api/photos/{sha256}", "in an inspection in B", t -> "/api/photos/" + t.photoB),
                        200, 200, 404, 404, 401),
                row(call("GET /api/photos/{sha256}", "the supervisor's, in no record yet", t -> api -> api.get(
                        "/api/photos/" + upload(t.staff.as("supervisor")))), 404, 404, 404, 200, 401),

                // problem cases
                row(get("/api/cases"), 200, 200, 200, 200, 401),
                row(get("GET /api/cases/{id}", "in A1", t -> "/api/cases/" + t.caseA1), 200, 200, 200, 200, 401),
                row(get("GET /api/cases/{id}", "in B", t -> "/api/cases/" + t.caseB), 200, 200, 404, 404, 401),
                row(post("POST /api/cases/{id}/actions", "in A1, an unknown action", t -> "/api/cases/" + t.caseA1
                        + "/actions", t -> "{\"action\":\"x\"}"), 400, 403, 400, 400, 401),
                row(post("POST /api/cases/{id}/actions", "in B, an unknown action", t -> "/api/cases/" + t.caseB
                        + "/actions", t -> "{\"action\":\"x\"}"), 400, 403, 404, 404, 401),

                // complaints
                row(post("POST /api/complaints", "hotline, in A1", t -> "/api/complaints",
                        t -> complaint("hotline_12369", 120.003, 30.002)), 201, 403, 201, 201, 401),
                row(post("POST /api/complaints", "hotline, in B", t -> "/api/complaints",
                        t -> complaint("hotline_12369", 120.015, 30.003)), 201, 403, 403, 403, 401),
                row(get("/api/complaints"), 200, 200, 200, 200, 401),
                row(get("GET /api/complaints/figures", "", t -> "/api/complaints/figures?from=2000-01-01T00:00:00Z"
                        + "&to=2100-01-01T00:00:00Z"), 200, 200, 200, 403, 401),
                row(get("GET /api/complaints/{id}", "in A1", t -> "/api/complaints/" + t.complaintA1),
                        200, 200, 200, 200, 401),
                row(get("GET /api/complaints/{id}", "in B", t -> "/api/complaints/" + t.complaintB),
                        200, 200, 404, 404, 401),
                row(post("POST /api/complaints/{id}/actions", "in A1, an unknown action",
                        t -> "/api/complaints/" + t.complaintA1 + "/actions", t -> "{\"action\":\"x\"}"),
                        400, 403, 400, 400, 401),
                row(post("POST /api/complaints/{id}/actions", "in B, an unknown action",
                        t -> "/api/complaints/" + t.complaintB + "/actions", t -> "{\"action\":\"x\"}"),
                        400, 403, 404, 404, 401),
                row(get("/api/complaints/transfer-grids"), 200, 403, 200, 403, 401),
                // the district desk: bodies the workflow refuses or the checks after it reject, so nothing moves
                row(post("POST /api/complaints/{id}/transfer", "in A1, to no grid",
                        t -> "/api/complaints/" + t.complaintA1 + "/transfer", t -> "{\"grid\":\"Z9\",\"reason\":\"x\"}"),
                        400, 403, 400, 403, 401),
                row(post("POST /api/complaints/{id}/transfer", "in B, to no grid",
                        t -> "/api/complaints/" + t.complaintB + "/transfer", t -> "{\"grid\":\"Z9\",\"reason\":\"x\"}"),
                        400, 403, 404, 403, 401),
                row(post("POST /api/complaints/{id}/send-back", "in A1, no reason",
                        t -> "/api/complaints/" + t.complaintA1 + "/send-back", t -> "{\"reason\":\" \"}"),
                        403, 403, 400, 400, 401),
                row(post("POST /api/complaints/{id}/send-back", "in B, no reason",
                        t -> "/api/complaints/" + t.complaintB + "/send-back", t -> "{\"reason\":\" \"}"),
                        403, 403, 404, 404, 401),
                row(post("POST /api/complaints/{id}/duplicate", "in A1, of itself",
                        t -> "/api/complaints/" + t.complaintA1 + "/duplicate",
                        t -> "{\"duplicate_of\":" + t.complaintA1 + "}"), 400, 403, 400, 400, 401),
                row(post("POST /api/complaints/{id}/duplicate", "in B, of itself",
                        t -> "/api/complaints/" + t.complaintB + "/duplicate",
                        t -> "{\"duplicate_of\":" + t.complaintB + "}"), 400, 403, 404, 404, 401),
                row(post("POST /api/complaints/{id}/decline", "in A1, no reason",
                        t -> "/api/complaints/" + t.complaintA1 + "/decline", t -> "{\"reason\":\"\"}"),
                        400, 403, 400, 403, 401),
                row(post("POST /api/complaints/{id}/decline", "in B, no reason",
                        t -> "/api/complaints/" + t.complaintB + "/decline", t -> "{\"reason\":\"\"}"),
                        400, 403, 404, 403, 401),
                row(post("POST /api/public/complaints", "in B", t -> "/api/public/complaints",
                        t -> complaint("web", 120.015, 30.003)), 201, 201, 201, 201, 201),
                row(call("PUT /api/public/photos/{sha256}", "a new photo", t -> api -> {
                    byte[] jpeg = TestPhotos.image("jpg", 8, SEQUENCE.incrementAndGet());
                    return api.exchange(HttpRequest.PUT("/api/public/photos/" + TestPhotos.sha256(jpeg), jpeg)
                            .contentType("image/jpeg"));
                }), 201, 201, 201, 201, 201),
                row(get("/api/public/complaints"), 200, 200, 200, 200, 200),
                row(get("GET /api/public/complaints/{id}", "in B", t -> "/api/public/complaints/" + t.complaintB),
                        200, 200, 200, 200, 200),
                row(post("POST /api/public/ratings/{token}", "a link nobody was given",
                        t -> "/api/public/ratings/" + "0".repeat(48), t -> "{\"satisfaction\":\"满意\"}"),
                        404, 404, 404, 404, 404),
                row(get("GET /open311/v2/services.{format:json|xml}", "", t -> "/open311/v2/services.json"),
                        200, 200, 200, 200, 200),
                row(call("POST /open311/v2/requests.{format:json|xml}", "in B", t -> api -> api.exchange(HttpRequest.POST(
                        "/open311/v2/requests.json", "service_code=noise&lat=30.003&long=120.015&description=%E5%99%AA")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))), 201, 201, 201, 201, 201),
                row(get("GET /open311/v2/requests.{format:json|xml}", "", t -> "/open311/v2/requests.json"),
                        200, 200, 200, 200, 200),
                row(get("GET /open311/v2/requests/{id}.{format:json|xml}", "in B",
                        t -> "/open311/v2/requests/" + t.complaintB + ".json"), 200, 200, 200, 200, 200),
                row(get("GET /open311/v2/tokens/{token}.{format:json|xml}", "a token nobody was given",
                        t -> "/open311/v2/tokens/" + "0".repeat(48) + ".json"), 404, 404, 404, 404, 404),

                // evidence beside the work: a case's origin, flagged records to review, a grid's people, a source's history
                row(get("GET /api/cases/{id}/evidence", "in A1", t -> "/api/cases/" + t.caseA1 + "/evidence"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/cases/{id}/evidence", "in B", t -> "/api/cases/" + t.caseB + "/evidence"),
                        200, 200, 404, 404, 401),
                row(get("/api/inspections/flagged"), 200, 403, 200, 403, 401),
                row(get("GET /api/grids/{code}/staff", "A1", t -> "/api/grids/A1/staff"), 200, 200, 200, 200, 401),
                row(get("GET /api/grids/{code}/staff", "B", t -> "/api/grids/B/staff"), 200, 200, 403, 403, 401),
                row(get("GET /api/sources/{code}/history", "a source in A1",
                        t -> "/api/sources/" + SOURCE_A1 + "/history"), 200, 200, 200, 200, 401),
                row(get("GET /api/sources/{code}/history", "a source in B",
                        t -> "/api/sources/" + SOURCE_B + "/history"), 200, 200, 403, 403, 401),

                // the enterprise card (#17): alerts, grade, plan, hazardous waste, radiation — each scoped by its grid
                row(get("GET /api/enterprises/{code}/alerts", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/alerts"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/alerts", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/alerts"), 200, 200, 403, 403, 401),
                // credit grading (#17): the card's grade by the enterprise's grid, reviews and decisions by administrators,
                // the district's list, its publication (last year's, once) and the public list of green and red
                row(get("GET /api/enterprises/{code}/grade", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/grade"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/grade", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/grade"), 200, 200, 403, 403, 401),
                row(call("PUT /api/enterprises/{code}/grade/{year}/review", "a source in A1, 2031", t -> api -> api.put(
                        "/api/enterprises/" + SOURCE_A1 + "/grade/2031/review", "{\"grade\":\"yellow\",\"reason\":\"多次被举报\"}")),
                        200, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/grade/{year}/appeals", "a source in A1, unpublished 2031",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/grade/2031/appeals",
                        t -> "{\"filed_for\":\"厂长\",\"text\":\"已整改\"}"), 409, 403, 409, 409, 401),
                row(post("POST /api/enterprises/{code}/grade/{year}/appeals", "a source in B, unpublished 2031",
                        t -> "/api/enterprises/" + SOURCE_B + "/grade/2031/appeals",
                        t -> "{\"filed_for\":\"厂长\",\"text\":\"已整改\"}"), 409, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/grade/{year}/appeals/{id}/decision", "no such appeal",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/grade/2031/appeals/999999/decision",
                        t -> "{\"decision\":\"rejected\",\"reason\":\"问题属实\"}"), 404, 403, 403, 403, 401),
                row(get("GET /api/grading/{year}", "this year", t -> "/api/grading/" + t.month.substring(0, 4)),
                        200, 200, 200, 200, 401),
                row(get("GET /api/grading/{year}.xlsx", "this year", t -> "/api/grading/" + t.month.substring(0, 4)
                        + ".xlsx"), 200, 200, 200, 200, 401),
                row(post("POST /api/grading/{year}/publish", "last year", t -> "/api/grading/"
                        + (Integer.parseInt(t.month.substring(0, 4)) - 1) + "/publish", t -> ""), 201, 403, 403, 403, 401),
                row(get("GET /api/public/grading/{year}", "last year", t -> "/api/public/grading/"
                        + (Integer.parseInt(t.month.substring(0, 4)) - 1)), 200, 200, 200, 200, 200),
                districtRow(get("GET /api/enterprises/{code}/grade", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/grade"), 200, 200),
                districtRow(post("POST /api/grading/{year}/publish", "last year, published by the city's", t -> "/api/grading/"
                        + (Integer.parseInt(t.month.substring(0, 4)) - 1) + "/publish", t -> ""), 409, 403),
                // 一厂一策: administrators make plans and add measures; the grid's chief reports and verifies (a verify
                // naming no inspection of the enterprise is a 400 once past the access check)
                row(get("GET /api/enterprises/{code}/plans", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/plans"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/plans", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/plans"), 200, 200, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/plans", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/plans", AccessMatrixTest::plan), 201, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/plans", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/plans", AccessMatrixTest::plan), 201, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/plans/{planId}/measures", "a plan in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/plans/" + t.planA1 + "/measures",
                        AccessMatrixTest::planMeasure), 200, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/plans/{planId}/measures", "a plan in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/plans/" + t.planB + "/measures",
                        AccessMatrixTest::planMeasure), 200, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/plans/{planId}/measures/{measureId}/actions", "a measure in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/plans/" + t.planA1 + "/measures/" + t.measureA1
                                + "/actions", t -> "{\"action\":\"verify\",\"inspection_id\":\"" + t.inspectionB + "\"}"),
                        400, 403, 400, 403, 401),
                row(post("POST /api/enterprises/{code}/plans/{planId}/measures/{measureId}/actions", "a measure in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/plans/" + t.planB + "/measures/" + t.measureB
                                + "/actions", t -> "{\"action\":\"verify\",\"inspection_id\":\"" + t.inspectionA1 + "\"}"),
                        400, 403, 403, 403, 401),
                row(get("/api/plans"), 200, 200, 200, 200, 401),
                row(get("/api/plans.xlsx"), 200, 200, 200, 200, 401),
                // hazardous waste (waste): the tab, its writes by administrators, the figures and the manifest import
                row(get("GET /api/enterprises/{code}/waste", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/waste"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/waste", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/waste?year=2026"), 200, 200, 403, 403, 401),
                row(get("GET /api/enterprises/{code}/waste/manifests.xlsx", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/waste/manifests.xlsx"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/waste/manifests.xlsx", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/waste/manifests.xlsx"), 200, 200, 403, 403, 401),
                row(call("PUT /api/enterprises/{code}/waste/plans/{year}", "of a source in A1",
                        t -> api -> api.put("/api/enterprises/" + SOURCE_A1 + "/waste/plans/2026",
                                "{\"items\":[{\"waste_code\":\"900-041-49\",\"tonnes\":2}]}")), 200, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/waste/generations", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/waste/generations",
                        t -> "{\"waste_code\":\"900-041-49\",\"generated_on\":\"2026-01-0" + (1 + SEQUENCE.incrementAndGet() % 9)
                                + "\",\"tonnes\":1}"), 201, 403, 403, 403, 401),
                row(post("POST /api/enterprises/{code}/waste/manifests", "a new number, a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/waste/manifests",
                        t -> "{\"number\":\"AM" + SEQUENCE.incrementAndGet() + "\",\"waste_code\":\"900-041-49\","
                                + "\"transferred_on\":\"2026-01-10\",\"tonnes\":0.5,\"receiver_name\":\"处置中心\","
                                + "\"licence_number\":\"JS0400OOD001\",\"licence_valid_until\":\"2030-01-01\"}"),
                        201, 403, 403, 403, 401),
                row(get("GET /api/waste/figures", "of the first level", t -> "/api/waste/figures?level=first"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/waste/figures.xlsx", "of the districts", t -> "/api/waste/figures.xlsx"),
                        200, 200, 200, 200, 401),
                row(get("/api/waste/list"), 200, 200, 200, 200, 401),
                row(call("POST /api/waste/manifests/import", "dry run of a header", t -> api -> api.exchange(
                        HttpRequest.POST("/api/waste/manifests/import?dryRun=true", ("联单编号,统一社会信用代码,废物代码,"
                                + "转移日期,数量（吨）,接收单位\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"))),
                        200, 403, 403, 403, 401),
                // radiation: read within the enterprise's grids, written by administrators; lists by readable grid
                row(get("GET /api/enterprises/{code}/radiation", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/radiation"), 200, 200, 200, 200, 401),
                row(get("GET /api/enterprises/{code}/radiation", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/radiation"), 200, 200, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/licence", "of a source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/radiation/licence", RADIATION_LICENCE),
                        200, 403, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/licence", "of a source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/radiation/licence", RADIATION_LICENCE),
                        200, 403, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/sources/{serial}", "a new source in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/radiation/sources/S" + SEQUENCE.incrementAndGet(),
                        RADIATION_SOURCE), 201, 403, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/sources/{serial}", "a new source in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/radiation/sources/S" + SEQUENCE.incrementAndGet(),
                        RADIATION_SOURCE), 201, 403, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/devices/{serial}", "a new device in A1",
                        t -> "/api/enterprises/" + SOURCE_A1 + "/radiation/devices/D" + SEQUENCE.incrementAndGet(),
                        RADIATION_DEVICE), 201, 403, 403, 403, 401),
                row(radiation("PUT /api/enterprises/{code}/radiation/devices/{serial}", "a new device in B",
                        t -> "/api/enterprises/" + SOURCE_B + "/radiation/devices/D" + SEQUENCE.incrementAndGet(),
                        RADIATION_DEVICE), 201, 403, 403, 403, 401),
                row(get("/api/radiation/sources"), 200, 200, 200, 200, 401),
                row(get("/api/radiation/sources.xlsx"), 200, 200, 200, 200, 401),
                row(get("/api/radiation/devices"), 200, 200, 200, 200, 401),
                row(get("/api/radiation/devices.xlsx"), 200, 200, 200, 200, 401),
                row(get("/api/radiation/licences"), 200, 200, 200, 200, 401),

                // siting checks (#18): the district's administrators check, its administrators and viewers read
                row(post("POST /api/siting-checks", "dry run, a point in A1", t -> "/api/siting-checks?project=x&dryRun=true",
                        t -> SITE_A1), 200, 403, 403, 403, 401),
                row(get("GET /api/siting-checks", "", t -> "/api/siting-checks"), 200, 200, 403, 403, 401),
                row(get("GET /api/siting-checks/{id}", "of a site in A1", t -> "/api/siting-checks/" + t.sitingCheck),
                        200, 200, 403, 403, 401),
                row(get("/api/siting-checks.xlsx"), 200, 200, 403, 403, 401),

                // environmental emergencies (#18): reported in one's grids, read by grid, closed by administrators
                row(post("POST /api/emergencies", "a new id in A1", t -> "/api/emergencies",
                        t -> emergency(UUID.randomUUID().toString(), 120.002, 30.002)), 201, 403, 201, 201, 401),
                row(post("POST /api/emergencies", "a new id in B", t -> "/api/emergencies",
                        t -> emergency(UUID.randomUUID().toString(), 120.015, 30.003)), 201, 403, 403, 403, 401),
                row(get("/api/emergencies"), 200, 200, 200, 200, 401),
                row(get("/api/emergencies.xlsx"), 200, 200, 200, 200, 401),
                row(get("GET /api/emergencies/{id}", "in B", t -> "/api/emergencies/" + t.emergencyB),
                        200, 200, 404, 404, 401),
                row(post("POST /api/emergencies/{id}/actions", "in B", t -> "/api/emergencies/" + t.emergencyB
                        + "/actions", t -> "{\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"到场\"}"),
                        200, 403, 404, 404, 401),
                row(post("POST /api/emergencies/{id}/closure", "in B", t -> "/api/emergencies/" + t.emergencyB
                        + "/closure", t -> "{\"summary\":\"已处置\",\"consequences\":\"无\"}"),
                        200, 403, 403, 403, 401),
                row(get("GET /api/emergencies/points", "", t -> "/api/emergencies/points?period=" + t.month),
                        200, 200, 200, 200, 401),
                row(get("/api/emergency-team"), 200, 200, 200, 200, 401),
                row(call("PUT /api/emergency-team/{id}", "a new member of D", t -> api -> api.put("/api/emergency-team/"
                        + UUID.randomUUID(), TEAM_MEMBER)), 200, 403, 403, 403, 401),
                row(call("DELETE /api/emergency-team/{id}", "a member of D", t -> api -> {
                    String member = "/api/emergency-team/" + UUID.randomUUID();
                    assertEquals(200, t.admin.put(member, TEAM_MEMBER).status());
                    return api.exchange(HttpRequest.DELETE(member));
                }), 204, 403, 403, 403, 401),

                // pilots and eco-creation (#18): set up by administrators and the chiefs over the grid, progress by
                // the grid's staff, read by grid
                row(post("POST /api/pilots", "a new id in A1", t -> "/api/pilots",
                        t -> pilot(UUID.randomUUID(), "A1")), 201, 403, 201, 403, 401),
                row(post("POST /api/pilots", "a new id in B", t -> "/api/pilots",
                        t -> pilot(UUID.randomUUID(), "B")), 201, 403, 403, 403, 401),
                row(get("/api/pilots"), 200, 200, 200, 200, 401),
                row(get("/api/pilots.xlsx"), 200, 200, 200, 200, 401),
                row(get("GET /api/pilots/{id}", "in B", t -> "/api/pilots/" + t.pilotB), 200, 200, 404, 404, 401),
                row(call("PUT /api/pilots/{id}", "in B", t -> api -> api.put("/api/pilots/" + t.pilotB,
                        pilot(null, "B"))), 200, 403, 404, 403, 401),
                row(post("POST /api/pilots/{id}/progress", "in B", t -> "/api/pilots/" + t.pilotB + "/progress",
                        t -> "{\"id\":\"" + UUID.randomUUID() + "\",\"date\":\"2025-06-01\",\"indicator\":"
                                + "\"黑臭水体消除数\",\"value\":1}"), 200, 403, 404, 404, 401),
                row(get("/api/creations"), 200, 200, 200, 200, 401),
                row(call("PUT /api/creations/{grid}", "A1, the same stage again", t -> api -> api.put(
                        "/api/creations/A1", "{\"stage\":\"declared\",\"date\":\"2025-03-01\"}")),
                        200, 403, 200, 403, 401),
                row(call("PUT /api/creations/{grid}", "B, the same stage again", t -> api -> api.put(
                        "/api/creations/B", "{\"stage\":\"declared\",\"date\":\"2025-03-01\"}")),
                        200, 403, 403, 403, 401),

                // publicity and volunteers (#18): recorded by the grid's staff and administrators, read by grid
                row(post("POST /api/publicity/events", "a new id in A1", t -> "/api/publicity/events",
                        t -> publicityEvent(UUID.randomUUID().toString(), "A1")), 201, 403, 201, 201, 401),
                row(post("POST /api/publicity/events", "a new id in B", t -> "/api/publicity/events",
                        t -> publicityEvent(UUID.randomUUID().toString(), "B")), 201, 403, 403, 403, 401),
                row(get("/api/publicity/events"), 200, 200, 200, 200, 401),
                row(get("/api/publicity/events.xlsx"), 200, 200, 200, 200, 401),
                row(call("PUT /api/publicity/events/{id}", "in B", t -> api -> api.put("/api/publicity/events/"
                        + t.publicityEventB, publicityEvent(t.publicityEventB, "B"))), 200, 403, 404, 404, 401),
                row(call("DELETE /api/publicity/events/{id}", "a new event in A1", t -> api -> {
                    String id = UUID.randomUUID().toString();
                    assertEquals(201, t.admin.post("/api/publicity/events", publicityEvent(id, "A1")).status());
                    return api.exchange(HttpRequest.DELETE("/api/publicity/events/" + id));
                }), 204, 403, 204, 204, 401),
                row(get("/api/volunteers"), 200, 200, 200, 200, 401),
                row(post("POST /api/volunteers", "a new id in A1", t -> "/api/volunteers",
                        t -> volunteer(UUID.randomUUID().toString(), "A1")), 201, 403, 201, 201, 401),
                row(call("PUT /api/volunteers/{id}", "in B", t -> api -> api.put("/api/volunteers/" + t.volunteerB,
                        volunteer(t.volunteerB, "B"))), 200, 403, 404, 404, 401),

                // coverage and the quarterly review
                row(get("GET /api/coverage", "", t -> "/api/coverage?period=" + t.month + "&level=first"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage/rows", "", t -> "/api/coverage/rows?period=" + t.month + "&level=first"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage/trend", "of A1", t -> "/api/coverage/trend?grid=A1&period=" + t.month),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage/trend", "of B", t -> "/api/coverage/trend?grid=B&period=" + t.month),
                        200, 200, 404, 404, 401),
                row(get("GET /api/coverage/points", "", t -> "/api/coverage/points?period=" + t.month),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage.xlsx", "", t -> "/api/coverage.xlsx?period=" + t.month + "&level=first"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage.csv", "", t -> "/api/coverage.csv?period=" + t.month + "&level=first"),
                        200, 200, 200, 200, 401),
                row(get("GET /api/coverage.csv", "of B's children", t -> "/api/coverage.csv?period=" + t.month + "&parent=B"),
                        200, 200, 404, 404, 401),
                row(get("GET /api/review", "", t -> "/api/review?quarter=" + t.lastQuarter), 200, 200, 403, 403, 401),
                row(get("GET /api/review.xlsx", "unpublished", t -> "/api/review.xlsx?quarter=" + t.lastQuarter),
                        200, 200, 403, 403, 401),
                row(get("GET /api/review.csv", "unpublished", t -> "/api/review.csv?quarter=" + t.lastQuarter),
                        200, 200, 403, 403, 401),
                row(post("POST /api/reviews", "this month's quarter", t -> "/api/reviews?quarter="
                        + t.month.substring(0, 4) + "-Q" + ((Integer.parseInt(t.month.substring(5)) - 1) / 3 + 1), t -> ""),
                        201, 403, 403, 403, 401),
                row(get("/api/reviews"), 200, 200, 403, 403, 401),
                row(get("GET /api/reviews/{quarter}", "", t -> "/api/reviews/" + t.lastQuarter), 200, 200, 403, 403, 401),
                row(get("GET /api/reviews/{quarter}.xlsx", "", t -> "/api/reviews/" + t.lastQuarter + ".xlsx"),
                        200, 200, 403, 403, 401),
                row(get("GET /api/reviews/{quarter}.csv", "", t -> "/api/reviews/" + t.lastQuarter + ".csv"),
                        200, 200, 403, 403, 401),

                // the public map: the district's outline and the basemap (no MBTiles file here: no tiles)
                row(get("/api/public/district"), 200, 200, 200, 200, 200),
                row(get("/api/public/basemap"), 200, 200, 200, 200, 200),
                row(get("GET /tiles/{z}/{x}/{y}.png", "none configured", t -> "/tiles/0/0/0.png"), 404, 404, 404, 404, 404),

                // the platform
                row(get("/health"), 200, 200, 200, 200, 200),
                row(get("GET /health/{selector}", "liveness", t -> "/health/liveness"), 200, 200, 200, 200, 200),
                row(get("GET /", "a page", t -> "/"), 200, 200, 200, 200, 200),

                // OGC API – Features: open at the route, the data scoped; a collection not public asks for sign-in
                row(get("/ogc"), 200, 200, 200, 200, 200),
                row(get("/ogc/conformance"), 200, 200, 200, 200, 200),
                row(get("/ogc/api"), 200, 200, 200, 200, 200),
                row(get("/ogc/collections"), 200, 200, 200, 200, 200),
                row(get("GET /ogc/collections/{id}", "public", t -> "/ogc/collections/grids"), 200, 200, 200, 200, 200),
                row(get("GET /ogc/collections/{id}", "not public", t -> "/ogc/collections/grids-tier-1"),
                        200, 200, 200, 200, 401),
                row(get("GET /ogc/collections/{id}/queryables", "not public", t -> "/ogc/collections/grids-tier-2/queryables"),
                        200, 200, 200, 200, 401),
                row(get("GET /ogc/collections/{id}/items", "public", t -> "/ogc/collections/grids/items"),
                        200, 200, 200, 200, 200),
                row(get("GET /ogc/collections/{id}/items", "not public", t -> "/ogc/collections/grids-tier-2/items"),
                        200, 200, 200, 200, 401),
                row(get("GET /ogc/collections/{id}/items/{featureId}", "community A1",
                        t -> "/ogc/collections/grids/items/A1"), 200, 200, 200, 200, 404),
                row(get("GET /ogc/collections/{id}/items/{featureId}", "street B",
                        t -> "/ogc/collections/grids/items/B"), 200, 200, 404, 404, 200),

                // personal API keys (#15): one's own for everyone signed in, anyone's for administrators
                row(get("/api/me/api-keys"), 200, 200, 200, 200, 401),
                row(post("POST /api/me/api-keys", "a read-only key", t -> "/api/me/api-keys",
                        t -> "{\"label\":\"QGIS\"}"), 201, 201, 201, 201, 401),
                row(call("POST /api/me/api-keys/{id}/revoke", "the supervisor's key", t -> api -> api.post(
                        "/api/me/api-keys/" + t.supervisorKey() + "/revoke", "")), 404, 404, 404, 200, 401),
                row(get("GET /api/people/{id}/api-keys", "the supervisor of A1",
                        t -> "/api/people/" + t.staff.supervisorA1Id + "/api-keys"), 200, 403, 403, 403, 401),
                row(post("POST /api/people/{id}/api-keys", "for the supervisor of A1",
                        t -> "/api/people/" + t.staff.supervisorA1Id + "/api-keys", t -> "{\"label\":\"QGIS\"}"),
                        201, 403, 403, 403, 401),
                row(call("POST /api/people/{id}/api-keys/{keyId}/revoke", "the supervisor's key", t -> api -> api.post(
                        "/api/people/" + t.staff.supervisorA1Id + "/api-keys/" + t.supervisorKey() + "/revoke", "")),
                        200, 403, 403, 403, 401),

                // downloads for GIS desktops: the items as files, scoped as the pages are
                row(get("GET /ogc/collections/{id}/items", "public as GeoPackage",
                        t -> "/ogc/collections/grids/items?f=gpkg"), 200, 200, 200, 200, 200),
                row(get("GET /ogc/collections/{id}/items", "not public as Shapefile",
                        t -> "/ogc/collections/grids-tier-2/items?f=shp"), 200, 200, 200, 200, 401),

                // a city of districts (#16): binding an account to a district; then an administrator and a viewer
                // bound to D, the fixture's only district — as the city's inside it, but the people of the whole
                // city are not theirs, nor the city's own settings
                row(bind("a new viewer, to D", t -> t.staff.freshPerson("viewer")), 200, 403, 403, 403, 401),
                districtRow(get("/api/grids"), 200, 200),
                districtRow(get("GET /api/grids/{code}", "D (the district)", t -> "/api/grids/D"), 200, 200),
                districtRow(get("/api/me"), 200, 200),
                districtRow(get("/api/people"), 200, 200),
                districtRow(get("GET /api/people/{id}", "the chief of B", t -> "/api/people/" + t.chiefBId), 200, 200),
                districtRow(post("POST /api/people", "a viewer", t -> "/api/people", t -> "{\"name\":\"n\",\"username\":"
                        + "\"p" + SEQUENCE.incrementAndGet() + "\",\"password\":\"Long-enough-1\",\"role\":\"viewer\"}"),
                        201, 403),
                districtRow(bind("a new viewer of D, to D", t -> t.staff.freshPersonOf("D", "viewer")), 200, 403),
                districtRow(bind("a new viewer of the city, to D", t -> t.staff.freshPerson("viewer")), 404, 403),
                districtRow(post("POST /api/people/{id}/deactivate", "a new viewer of D",
                        t -> "/api/people/" + t.staff.freshPersonOf("D", "viewer") + "/deactivate", t -> ""), 200, 403),
                districtRow(post("POST /api/people/{id}/deactivate", "a new viewer of the city",
                        t -> "/api/people/" + t.staff.freshPerson("viewer") + "/deactivate", t -> ""), 404, 403),
                districtRow(post("POST /api/people/{id}/password-reset", "a new viewer of D",
                        t -> "/api/people/" + t.staff.freshPersonOf("D", "viewer") + "/password-reset", t -> ""),
                        200, 403),
                districtRow(post("POST /api/people/{id}/assignments", "a new supervisor of D, to A2",
                        t -> "/api/people/" + t.staff.freshPersonOf("D", "supervisor") + "/assignments",
                        t -> "{\"grid_code\":\"A2\",\"duty\":\"supervisor\"}"), 201, 403),
                districtRow(get("GET /api/people/{id}/api-keys", "the supervisor of A1",
                        t -> "/api/people/" + t.staff.supervisorA1Id + "/api-keys"), 200, 403),
                districtRow(call("POST /api/people/import", "a dry run of one viewer", t -> api -> api.exchange(
                        HttpRequest.POST("/api/people/import?dryRun=true", "姓名,用户名,角色\n查看员,roster-viewer,viewer\n"
                                .getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE))),
                        200, 403),
                districtRow(get("/api/audit"), 200, 403),
                districtRow(get("/api/notifications"), 200, 403),
                districtRow(post("POST /api/grids/import", "dry run, the whole file", t -> "/api/grids/import?dryRun=true",
                        t -> smallDistrict().json()), 403, 403),
                districtRow(post("POST /api/grids/import", "dry run, district D", t -> "/api/grids/import?dryRun=true"
                        + "&district=D", t -> smallDistrict().json()), 200, 403),
                districtRow(post("POST /api/sources", "a new source in A1", t -> "/api/sources", t -> "{\"type\":"
                        + "\"Feature\",\"properties\":{\"统一社会信用代码\":\"" + freshSource() + "\",\"名称\":\"厂\","
                        + "\"信用等级\":\"B\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.004,30.004]}}"), 200, 403),
                districtRow(post("POST /api/duties/generate", "this month", t -> "/api/duties/generate?period=" + t.month,
                        t -> ""), 200, 403),
                districtRow(post("POST /api/draws", "", t -> "/api/draws", t -> "{\"title\":\"t\",\"period\":\""
                        + t.month + "\",\"count\":1}"), 201, 403),
                districtRow(get("GET /api/inspections/{id}", "in B", t -> "/api/inspections/" + t.inspectionB), 200, 200),
                districtRow(get("GET /api/complaints/{id}", "in B", t -> "/api/complaints/" + t.complaintB), 200, 200),
                districtRow(get("GET /api/inspections/flag-rates", "", t -> "/api/inspections/flag-rates?from="
                        + "2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"), 200, 200),
                districtRow(get("GET /api/review", "", t -> "/api/review?quarter=" + t.lastQuarter), 200, 200),
                districtRow(call("PUT /api/rules", "the rules as they are", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/rules", t.admin.get("/api/rules").json().toString())
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 403, 403),
                districtRow(call("PUT /api/calendars/{year}", "2031", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/calendars/2031", "{\"holidays\":[\"2031-01-01\"],\"make_up_workdays\":[]}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 403, 403),
                // the district's own review: its administrator may publish it, here already published by the city's
                districtRow(post("POST /api/reviews", "this month's quarter", t -> "/api/reviews?quarter="
                        + t.month.substring(0, 4) + "-Q" + ((Integer.parseInt(t.month.substring(5)) - 1) / 3 + 1), t -> ""),
                        409, 403),
                districtRow(post("POST /api/rivers/import", "", t -> "/api/rivers/import", t -> river()), 403, 403),
                districtRow(post("POST /api/zones/import", "", t -> "/api/zones/import", t -> zone()), 403, 403),
                // the city record: read by everyone signed in, set by the city's administrators only
                row(get("/api/city"), 200, 200, 200, 200, 401),
                row(call("PUT /api/city", "its code and name", t -> api -> api.exchange(HttpRequest.PUT("/api/city",
                        "{\"code\":\"320200\",\"name\":\"测试市\"}").contentType(MediaType.APPLICATION_JSON_TYPE))),
                        200, 403, 403, 403, 401),
                districtRow(get("/api/city"), 200, 200),
                districtRow(call("PUT /api/city", "its code and name", t -> api -> api.exchange(HttpRequest.PUT(
                        "/api/city", "{\"code\":\"320200\",\"name\":\"测试市\"}")
                        .contentType(MediaType.APPLICATION_JSON_TYPE))), 403, 403),
                // rollup: the city's view of the review, for those who read every district
                row(get("GET /api/review/city", "", t -> "/api/review/city?quarter=" + t.lastQuarter),
                        200, 200, 403, 403, 401),
                row(get("GET /api/review/city.xlsx", "", t -> "/api/review/city.xlsx?quarter=" + t.lastQuarter),
                        200, 200, 403, 403, 401),
                row(get("GET /api/coverage/rows", "the city", t -> "/api/coverage/rows?period=" + t.month
                        + "&level=city"), 200, 200, 200, 200, 401),
                // rules per district (#16): read by everyone signed in, set and reset by administrators
                row(get("/api/rule-settings"), 200, 200, 200, 200, 401),
                row(get("GET /api/rule-settings/{item}", "the city's case escalation",
                        t -> "/api/rule-settings/case_escalation"), 200, 200, 200, 200, 401),
                row(call("PUT /api/rule-settings/{item}", "the city's escalation days", t -> api -> api.exchange(
                        HttpRequest.PUT("/api/rule-settings/case_escalation", "{\"daysToChief\":0,\"daysToDistrict\":3}")
                                .contentType(MediaType.APPLICATION_JSON_TYPE))), 200, 403, 403, 403, 401),
                row(call("DELETE /api/rule-settings/{item}", "the city's escalation days", t -> api -> api.exchange(
                        HttpRequest.DELETE("/api/rule-settings/case_escalation"))), 200, 403, 403, 403, 401),
                row(call("DELETE /api/calendars/{year}", "2032 as stored just before", t -> api -> {
                    t.admin.exchange(HttpRequest.PUT("/api/calendars/2032", "{\"holidays\":[\"2032-01-01\"],"
                            + "\"make_up_workdays\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE));
                    return api.exchange(HttpRequest.DELETE("/api/calendars/2032"));
                }), 204, 403, 403, 403, 401),

                // orders: supervision orders (#18) — issued by the administrators (and a campaign's leader), read by
                // grid, acted on by the grid's staff and administrators (a verify of an issued order is a 409 once past
                // the access check)
                row(post("POST /api/supervision-orders", "a new order of a finding in A1",
                        t -> "/api/supervision-orders",
                        t -> supervisionOrder(UUID.randomUUID(), t.orderCampaign, t.freshFindingInA1())),
                        201, 403, 403, 403, 401),
                row(get("/api/supervision-orders"), 200, 200, 200, 200, 401),
                row(get("/api/supervision-orders.xlsx"), 200, 200, 200, 200, 401),
                row(get("/api/supervision-orders/campaigns"), 200, 200, 200, 200, 401),
                row(get("GET /api/supervision-orders/candidates", "of the campaign",
                        t -> "/api/supervision-orders/candidates?campaign=" + t.orderCampaign), 200, 403, 403, 403, 401),
                row(get("GET /api/supervision-orders/{id}", "to B", t -> "/api/supervision-orders/" + t.orderB),
                        200, 200, 404, 404, 401),
                row(post("POST /api/supervision-orders/{id}/actions", "verify, to B",
                        t -> "/api/supervision-orders/" + t.orderB + "/actions", t -> "{\"action\":\"verify\"}"),
                        409, 403, 404, 404, 401),
                // campaigns: joint inspections (#18) — departments kept by the city's administrators; a campaign set
                // up by the administrators of its grid, seen by the staff of the grids it touches and its members,
                // its findings recorded by its members and administrators (here: B's, off the team, naming 水利)
                row(get("/api/departments"), 200, 200, 200, 200, 401),
                row(post("POST /api/departments", "a new code", t -> "/api/departments", t -> "{\"code\":\"d"
                        + SEQUENCE.incrementAndGet() + "\",\"name\":\"部门" + SEQUENCE.incrementAndGet() + "\"}"),
                        201, 403, 403, 403, 401),
                row(call("PUT /api/departments/{code}", "eco as it is", t -> api -> api.put("/api/departments/eco",
                        "{\"name\":\"生态环境\"}")), 200, 403, 403, 403, 401),
                row(call("POST /api/departments/{code}/retire", "a new department", t -> api -> {
                    String code = "r" + SEQUENCE.incrementAndGet();
                    assertEquals(201, t.admin.post("/api/departments", "{\"code\":\"" + code + "\",\"name\":\"退"
                            + code + "\"}").status());
                    return api.post("/api/departments/" + code + "/retire", "");
                }), 200, 403, 403, 403, 401),
                row(get("/api/joint-campaigns"), 200, 200, 200, 200, 401),
                row(post("POST /api/joint-campaigns", "a new id in A", t -> "/api/joint-campaigns",
                        t -> campaign(UUID.randomUUID().toString(), "A", t.staff.chiefAId)), 201, 403, 403, 403, 401),
                row(get("GET /api/joint-campaigns/{id}", "in B", t -> "/api/joint-campaigns/" + t.campaignB),
                        200, 200, 404, 404, 401),
                row(get("GET /api/joint-campaigns/{id}/findings.xlsx", "in B", t -> "/api/joint-campaigns/"
                        + t.campaignB + "/findings.xlsx"), 200, 200, 404, 404, 401),
                row(call("PUT /api/joint-campaigns/{id}/team", "in B as it is", t -> api -> api.put(
                        "/api/joint-campaigns/" + t.campaignB + "/team", "{\"members\":[{\"person_id\":"
                                + t.chiefBId + ",\"department\":\"eco\",\"leader\":true}]}")),
                        200, 403, 403, 403, 401),
                row(post("POST /api/joint-campaigns/{id}/targets", "B again, in B", t -> "/api/joint-campaigns/"
                        + t.campaignB + "/targets", t -> "{\"by\":\"grid\",\"grids\":[\"B\"],\"as\":\"grids\"}"),
                        200, 403, 403, 403, 401),
                row(post("POST /api/joint-campaigns/{id}/findings", "a new id in B", t -> "/api/joint-campaigns/"
                        + t.campaignB + "/findings", t -> "{\"id\":\"" + UUID.randomUUID() + "\",\"target_kind\":"
                        + "\"grid\",\"target_code\":\"B\",\"category\":\"dust\",\"severity\":\"general\","
                        + "\"description\":\"工地未覆盖\",\"found_on\":\"2025-06-01\",\"department\":\"water\"}"),
                        201, 403, 404, 404, 401),
                row(call("POST /api/joint-campaigns/{id}/close", "a new campaign in A", t -> api -> {
                    String id = UUID.randomUUID().toString();
                    assertEquals(201, t.admin.post("/api/joint-campaigns", campaign(id, "A", t.staff.chiefAId))
                            .status());
                    return api.post("/api/joint-campaigns/" + id + "/close", "");
                }), 200, 403, 403, 403, 401),
                // accountability (#18): read by administrators, viewers and chiefs (their grids), proposed and decided
                // by administrators; a proposed record of B made for each call, so that each decides a fresh one
                row(get("/api/accountability"), 200, 200, 200, 403, 401),
                row(get("/api/accountability.xlsx"), 200, 200, 200, 403, 401),
                row(post("POST /api/accountability/proposals", "", t -> "/api/accountability/proposals", t -> ""),
                        200, 403, 403, 403, 401),
                row(post("POST /api/accountability/{id}/decision", "a proposed record of B", t -> "/api/accountability/"
                        + t.sql.count("INSERT INTO accountability (basis, grid_code, quarters, subject, reason, measure,"
                        + " state, proposed_at) VALUES ('ranked_last', 'B', ARRAY['2020-Q1', 'q" + SEQUENCE.incrementAndGet()
                        + "'], 'B 网格长', '连续两季度末位', 'circular', 'proposed', now()) RETURNING id") + "/decision",
                        t -> "{\"decision\":\"confirm\",\"reason\":\"属实\"}"), 200, 403, 403, 403, 401),
                districtRow(post("POST /api/accountability/{id}/decision", "a proposed record of B",
                        t -> "/api/accountability/" + t.sql.count("INSERT INTO accountability (basis, grid_code,"
                        + " quarters, subject, reason, measure, state, proposed_at) VALUES ('ranked_last', 'B',"
                        + " ARRAY['2020-Q1', 'q" + SEQUENCE.incrementAndGet() + "'], 'B 网格长', '连续两季度末位',"
                        + " 'circular', 'proposed', now()) RETURNING id") + "/decision",
                        t -> "{\"decision\":\"dismiss\",\"reason\":\"不属实\"}"), 200, 403),
                districtRow(get("/api/accountability"), 200, 200));
    }

    /** Binds the person {@code id} gives to district D. */
    static Call bind(String object, Function<AccessMatrixTest, Long> id) {
        return call("PUT /api/people/{id}/district", object, t -> api -> api.exchange(HttpRequest.PUT(
                "/api/people/" + id.apply(t) + "/district", "{\"district\":\"D\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)));
    }

    /** The statuses an administrator and a viewer bound to district D get. */
    static Stream<Arguments> districtRow(Call call, int districtAdmin, int districtViewer) {
        return Stream.of(Arguments.of("district-admin", call, districtAdmin),
                Arguments.of("district-viewer", call, districtViewer));
    }

    /** A new key of the supervisor of A1, its id. */
    long supervisorKey() {
        return staff.as("supervisor").post("/api/me/api-keys", "{\"label\":\"k\"}").json().get("api_key").get("id")
                .asLong();
    }

    static Stream<Arguments> row(Call call, int admin, int viewer, int chief, int supervisor, int anonymous) {
        return Stream.of(Arguments.of("admin", call, admin), Arguments.of("viewer", call, viewer),
                Arguments.of("chief", call, chief), Arguments.of("supervisor", call, supervisor),
                Arguments.of("anonymous", call, anonymous));
    }

    static Stream<Arguments> rows() {
        return matrix().flatMap(row -> row);
    }

    /** The HEAD twin of every GET row that has a URI of its own, with the same expectations. */
    static Stream<Arguments> headRows() {
        return rows().filter(a -> ((Call) a.get()[1]).getUri() != null).map(a -> {
            Call get = (Call) a.get()[1];
            Call head = new Call("HEAD" + get.what().substring(3), "HEAD" + get.route().substring(3),
                    test -> api -> api.exchange(HttpRequest.HEAD(get.getUri().apply(test))), null);
            return Arguments.of(a.get()[0], head, a.get()[2]);
        });
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void each_role_gets_what_it_may_and_nothing_more(String role, Call call, int expected) {
        var answer = call.call().apply(this).apply(staff.as(role));
        assertEquals(expected, answer.status(), role + " " + call + ": " + answer.json());
        if (expected >= 400) {
            // Open311 answers errors in its specification's own format: [{"code", "description"}]
            assertEquals(call.route().contains("/open311/") ? "application/json" : "application/problem+json",
                    answer.contentType(), role + " " + call);
        }
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("headRows")
    void a_head_request_is_answered_like_its_get(String role, Call call, int expected) {
        assertEquals(expected, call.call().apply(this).apply(staff.as(role)).status(), role + " " + call);
    }

    @Test
    void every_route_has_a_row() {
        Set<String> covered = Stream.concat(rows(), headRows()).map(a -> ((Call) a.get()[1]).route())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> routes = Routes.all(router);
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "routes without a row in the access matrix");
        Set<String> unknown = new TreeSet<>(covered);
        routes.forEach(unknown::remove);
        // the pages: served by the static resource handler, not by a route
        unknown.removeAll(Set.of("GET /", "HEAD /"));
        assertEquals(Set.of(), unknown, "rows naming no route the router has");
        assertTrue(rows().count() >= 5L * routes.stream().filter(r -> !r.startsWith("HEAD ")).count());
    }
}
