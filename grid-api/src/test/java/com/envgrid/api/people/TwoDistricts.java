package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.grid.GridFiles;
import io.micronaut.http.client.HttpClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.envgrid.api.grid.GridFiles.square;

/**
 * A city of two districts side by side, with the staff of each: 清源区 (320214: towns A and B, communities A1 and A2
 * in A) west of 滨湖区 (320215: towns C and E, communities C1 and C2 in C). Each district has an administrator and a
 * viewer bound to it, the chief of its first town and the supervisor of its first community; the city's administrator
 * is the test administrator. Passwords are all {@link StaffFixture#PASSWORD}.
 */
public final class TwoDistricts {
    public static final String WEST = "320214";
    public static final String WEST_NAME = "清源区";
    public static final String EAST = "320215";
    public static final String EAST_NAME = "滨湖区";

    final ApiClient city;
    private final HttpClient http;
    private final Map<String, ApiClient> signedIn = new ConcurrentHashMap<>();

    /** Creates the staff of both districts in a layer that holds {@link #layer()}. */
    public TwoDistricts(HttpClient http) {
        this.http = http;
        city = ApiClient.asAdmin(http);
        for (String[] district : new String[][]{{WEST, "A"}, {EAST, "C"}}) {
            String d = district[0];
            String town = district[1];
            person("admin-" + d, "admin", d);
            person("viewer-" + d, "viewer", d);
            assign(person("chief-" + town.toLowerCase(), "chief", d), town, "chief");
            assign(person("sup-" + town.toLowerCase() + "1", "supervisor", d), town + "1", "supervisor");
        }
    }

    /** Creates a person bound to {@code district} as the city's administrator; their id. */
    long person(String username, String role, String district) {
        return StaffFixture.person(city, username, role, "13900001001", district);
    }

    private void assign(long personId, String grid, String duty) {
        var answer = city.post("/api/people/" + personId + "/assignments",
                "{\"grid_code\":\"" + grid + "\",\"duty\":\"" + duty + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot assign " + personId + " to " + grid + ": " + answer.json());
        }
    }

    /** The two districts as one boundary file: west 0..20 × 0..10, east 20..40 × 0..10 (units of 0.001°). */
    public static String layer() {
        return GridFiles.file()
                .grid(WEST, WEST_NAME, "district", null, square(0, 0, 20, 10))
                .grid("A", "town", WEST, square(0, 0, 10, 10))
                .grid("B", "street", WEST, square(10, 0, 20, 10))
                .grid("A1", "community", "A", square(0, 0, 10, 5))
                .grid("A2", "community", "A", square(0, 5, 10, 10))
                .grid(EAST, EAST_NAME, "district", null, square(20, 0, 40, 10))
                .grid("C", "town", EAST, square(20, 0, 30, 10))
                .grid("E", "street", EAST, square(30, 0, 40, 10))
                .grid("C1", "community", "C", square(20, 0, 30, 5))
                .grid("C2", "community", "C", square(20, 5, 30, 10))
                .json();
    }

    /** Signed in as one of the fixture's people ({@code admin-320215}, {@code sup-a1} …). */
    ApiClient as(String username) {
        return signedIn.computeIfAbsent(username, u -> ApiClient.signedIn(http, u, StaffFixture.PASSWORD));
    }
}
