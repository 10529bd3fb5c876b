package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import io.micronaut.http.client.HttpClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small district (D; towns A and B; communities A1, A2 in A) with a district viewer, the chief of A, the chief
 * of B and the supervisor of A1, created through the API as the test administrator (an administrator and a viewer
 * bound to D come when first signed in as). Passwords are all {@link #PASSWORD}.
 */
public final class StaffFixture {
    public static final String PASSWORD = "Staff-pass-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public final ApiClient admin;
    public final long viewerId;
    public final long chiefAId;
    public final long chiefBId;
    public final long supervisorA1Id;
    private final HttpClient http;
    private final Map<String, ApiClient> clients = new ConcurrentHashMap<>();

    public StaffFixture(HttpClient http) {
        this.http = http;
        this.admin = ApiClient.asAdmin(http);
        viewerId = person("viewer1", "viewer", "13900000001");
        chiefAId = person("chief-a", "chief", "13900000002");
        chiefBId = person("chief-b", "chief", "13900000003");
        supervisorA1Id = person("sup-a1", "supervisor", "13900000004");
        assign(chiefAId, "A", "chief");
        assign(chiefBId, "B", "chief");
        assign(supervisorA1Id, "A1", "supervisor");
    }

    /** Creates a person and returns their id. */
    public long person(String username, String role, String phone) {
        return person(username, role, phone, null);
    }

    /** A person with a username no other test used. */
    public long freshPerson(String role) {
        return freshPersonOf(null, role);
    }

    /** A person bound to the district grid {@code district} (null: none), with a username no other test used. */
    public long freshPersonOf(String district, String role) {
        return person(role + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, role, "13700000000",
                district);
    }

    /** Creates a person bound to the district grid {@code district} (null: none) and returns their id. */
    public long person(String username, String role, String phone, String district) {
        return person(admin, username, role, phone, district);
    }

    /** Has {@code admin} create a person bound to the district grid {@code district} (null: none); their id. */
    static long person(ApiClient admin, String username, String role, String phone, String district) {
        var answer = admin.post("/api/people", "{\"name\":\"" + username + "\",\"username\":\"" + username
                + "\",\"password\":\"" + PASSWORD + "\",\"phone\":\"" + phone + "\",\"role\":\"" + role
                + (district == null ? "" : "\",\"district\":\"" + district) + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot create " + username + ": " + answer.json());
        }
        return answer.json().get("id").asLong();
    }

    public long assign(long personId, String grid, String duty) {
        var answer = admin.post("/api/people/" + personId + "/assignments",
                "{\"grid_code\":\"" + grid + "\",\"duty\":\"" + duty + "\"}");
        if (answer.status() != 201) {
            throw new IllegalStateException("cannot assign " + personId + " to " + grid + ": " + answer.json());
        }
        return answer.json().get("id").asLong();
    }

    /** Signed in with the role's fixture account; each signs in once. */
    public ApiClient as(String role) {
        return clients.computeIfAbsent(role, this::signIn);
    }

    private ApiClient signIn(String role) {
        return switch (role) {
            case "admin" -> admin;
            case "viewer" -> ApiClient.signedIn(http, "viewer1", PASSWORD);
            case "chief" -> ApiClient.signedIn(http, "chief-a", PASSWORD);
            case "supervisor" -> ApiClient.signedIn(http, "sup-a1", PASSWORD);
            case "anonymous" -> ApiClient.anonymous(http);
            case "district-admin", "district-viewer" -> {
                String username = role + "-d";
                person(username, role.substring("district-".length()), "13900000005", "D");
                yield ApiClient.signedIn(http, username, PASSWORD);
            }
            default -> throw new IllegalArgumentException(role);
        };
    }
}
