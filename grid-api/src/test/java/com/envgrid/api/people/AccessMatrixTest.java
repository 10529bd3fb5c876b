package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.EmptyLayer;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what: every role against every endpoint, 2xx where allowed and 403 where not — a chief reaching
 * into another town, a supervisor outside their grid, a viewer writing —, 401 without a token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmptyLayer emptyLayer;

    StaffFixture staff;

    @BeforeAll
    void districtWithStaff() {
        emptyLayer.reset();
        assertEquals(201, ApiClient.asAdmin(http).post("/api/grids/import", smallDistrict().json()).status());
        staff = new StaffFixture(http);
    }

    record Call(String what, Function<AccessMatrixTest, Function<ApiClient, ApiClient.Answer>> call) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Call get(String path) {
        return new Call("GET " + path, test -> api -> api.get(path));
    }

    static final Call IMPORT_DRY_RUN = new Call("POST /api/grids/import?dryRun=true",
            test -> api -> api.post("/api/grids/import?dryRun=true", smallDistrict().json()));
    static final Call CREATE_PERSON = new Call("POST /api/people", test -> api -> api.post("/api/people",
            "{\"name\":\"n\",\"username\":\"p" + System.nanoTime() + "\",\"password\":\"Long-enough-1\",\"role\":\"viewer\"}"));
    static final Call ASSIGN_IN_A2 = new Call("POST /api/people/{new supervisor}/assignments A2",
            test -> api -> api.post("/api/people/" + test.staff.freshPerson("supervisor") + "/assignments",
                    "{\"grid_code\":\"A2\",\"duty\":\"supervisor\"}"));
    static final Call ASSIGN_IN_B = new Call("POST /api/people/{new supervisor}/assignments B",
            test -> api -> api.post("/api/people/" + test.staff.freshPerson("supervisor") + "/assignments",
                    "{\"grid_code\":\"B\",\"duty\":\"supervisor\"}"));
    static final Call RELEASE_IN_B = new Call("POST /api/assignments/{assignment in B}/release",
            test -> api -> api.post("/api/assignments/"
                    + test.staff.assign(test.staff.freshPerson("supervisor"), "B", "supervisor") + "/release", "{}"));
    static final Call DEACTIVATE = new Call("POST /api/people/{new viewer}/deactivate",
            test -> api -> api.post("/api/people/" + test.staff.freshPerson("viewer") + "/deactivate", ""));

    static final Call GENERATE_DUTIES = new Call("POST /api/duties/generate?period=2026-11",
            test -> api -> api.post("/api/duties/generate?period=2026-11", ""));

    static Stream<Stream<Arguments>> matrix() {
        // expected status for: admin, viewer, chief of A, supervisor of A1, anonymous
        return Stream.of(
                row(get("/api/grids"), 200, 200, 200, 200, 401),
                row(get("/api/grids/A1"), 200, 200, 200, 200, 401),
                row(get("/api/grids/A2"), 200, 200, 200, 403, 401),
                row(get("/api/grids/B"), 200, 200, 403, 403, 401),
                row(get("/api/grids/D"), 200, 200, 403, 403, 401),
                row(get("/api/grids/locate?lon=120.015&lat=30.005"), 200, 200, 403, 403, 401),
                row(get("/api/grids/locate?lon=120.005&lat=30.002"), 200, 200, 200, 200, 401),
                row(get("/api/grids/validation"), 200, 200, 200, 200, 401),
                row(get("/api/grids/unstaffed"), 200, 200, 200, 200, 401),
                row(IMPORT_DRY_RUN, 200, 403, 403, 403, 401),
                row(get("/api/me"), 200, 200, 200, 200, 401),
                row(get("/api/people"), 200, 200, 200, 200, 401),
                row(CREATE_PERSON, 201, 403, 403, 403, 401),
                row(DEACTIVATE, 200, 403, 403, 403, 401),
                row(ASSIGN_IN_A2, 201, 403, 201, 403, 401),
                row(ASSIGN_IN_B, 201, 403, 403, 403, 401),
                row(RELEASE_IN_B, 200, 403, 403, 403, 401),
                row(get("/api/audit"), 200, 403, 403, 403, 401),
                row(get("/api/sources"), 200, 200, 200, 200, 401),
                row(get("/api/rivers"), 200, 200, 200, 200, 401),
                row(get("/api/rules"), 200, 200, 200, 200, 401),
                row(GENERATE_DUTIES, 200, 403, 403, 403, 401),
                row(get("/api/duties?period=2026-11"), 200, 200, 200, 200, 401),
                row(get("/api/draws"), 200, 200, 200, 200, 401),
                row(get("/api/public/draws"), 200, 200, 200, 200, 200),
                row(get("/health"), 200, 200, 200, 200, 200),
                row(get("/"), 200, 200, 200, 200, 200));
    }

    static Stream<Arguments> row(Call call, int admin, int viewer, int chief, int supervisor, int anonymous) {
        return Stream.of(Arguments.of("admin", call, admin), Arguments.of("viewer", call, viewer),
                Arguments.of("chief", call, chief), Arguments.of("supervisor", call, supervisor),
                Arguments.of("anonymous", call, anonymous));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("rows")
    void each_role_gets_what_it_may_and_nothing_more(String role, Call call, int expected) {
        var answer = call.call().apply(this).apply(staff.as(role));
        assertEquals(expected, answer.status(), role + " " + call + ": " + answer.json());
        if (expected >= 400) {
            assertEquals("application/problem+json", answer.contentType(), role + " " + call);
        }
    }

    static Stream<Arguments> rows() {
        return matrix().flatMap(row -> row);
    }
}
