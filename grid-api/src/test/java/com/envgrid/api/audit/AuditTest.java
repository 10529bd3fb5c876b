package com.envgrid.api.audit;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.function.Supplier;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every write leaves exactly one audit row naming the person who made it; the log cannot be changed. */
@MicronautTest(transactional = false)
class AuditTest extends ApiTestBase {
    ApiClient admin;

    @BeforeEach
    void signedInAsAdministrator() {
        emptyLayer.reset();
        admin = ApiClient.asAdmin(http);
    }

    private long rows() {
        return sql.count("SELECT count(*) FROM audit_log");
    }

    /** Runs a write and checks it added exactly one row, by the administrator, about the given entity. */
    private ApiClient.Answer auditedOnce(String action, String entity, Supplier<ApiClient.Answer> write) {
        long before = rows();
        var answer = write.get();
        assertTrue(answer.status() < 300, answer.status() + " " + answer.json());
        assertEquals(before + 1, rows(), action);
        assertEquals("root|" + action + "|" + entity, sql.text(
                "SELECT actor || '|' || action || '|' || entity FROM audit_log ORDER BY id DESC LIMIT 1"));
        assertEquals(sql.text("SELECT id FROM person WHERE username = 'root'"),
                sql.text("SELECT actor_id FROM audit_log ORDER BY id DESC LIMIT 1"));
        return answer;
    }

    @Test
    void every_write_endpoint_leaves_exactly_one_audit_row_with_the_acting_person() {
        auditedOnce("import", "grid_layer", () -> admin.post("/api/grids/import", smallDistrict().json()));
        var person = auditedOnce("create", "person", () -> admin.post("/api/people",
                "{\"name\":\"审计\",\"username\":\"audited\",\"password\":\"Audited-2026!\",\"role\":\"supervisor\"}"));
        long id = person.json().get("id").asLong();
        var assignment = auditedOnce("assign", "assignment", () -> admin.post("/api/people/" + id + "/assignments",
                "{\"grid_code\":\"A1\",\"duty\":\"supervisor\"}"));
        auditedOnce("release", "assignment", () -> admin.post("/api/assignments/"
                + assignment.json().get("id").asLong() + "/release", "{}"));
        auditedOnce("deactivate", "person", () -> admin.post("/api/people/" + id + "/deactivate", ""));
    }

    @Test
    void the_audit_row_holds_a_compact_before_and_after() {
        admin.post("/api/grids/import", smallDistrict().json());
        var entry = admin.get("/api/audit?entity=grid_layer&limit=1").json().get(0);
        assertEquals(0, entry.get("before").get("grids").asInt());
        assertEquals(5, entry.get("after").get("grids").asInt());
        assertEquals(5, entry.get("after").get("new").get("count").asInt());
        assertEquals("root", entry.get("actor").asText());
    }

    @Test
    void reads_dry_runs_and_refused_writes_leave_no_audit_row() {
        long before = rows();
        admin.get("/api/grids");
        admin.post("/api/grids/import?dryRun=true", smallDistrict().json());
        admin.post("/api/people", "{\"name\":\"\",\"username\":\"x\",\"password\":\"y\",\"role\":\"nobody\"}");
        assertEquals(before, rows());
    }

    @Test
    void the_audit_log_refuses_updates_and_deletes_even_from_the_application_database_user() {
        admin.post("/api/grids/import", smallDistrict().json());
        var update = assertThrows(SQLException.class, () -> sql.execute("UPDATE audit_log SET actor = 'someone else'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> sql.execute("DELETE FROM audit_log"));
        assertThrows(SQLException.class, () -> sql.execute("TRUNCATE audit_log"));
        assertTrue(rows() > 0);
    }

    @Test
    void the_log_can_be_filtered_by_entity_person_and_time() {
        admin.post("/api/grids/import", smallDistrict().json());
        admin.post("/api/people", "{\"name\":\"x\",\"username\":\"filtered\",\"password\":\"Filtered-2026\",\"role\":\"viewer\"}");
        var people = admin.get("/api/audit?entity=person&person=root").json();
        assertTrue(people.size() >= 1);
        people.forEach(e -> assertEquals("person", e.get("entity").asText()));
        assertEquals(0, admin.get("/api/audit?person=nobody").json().size());
        assertEquals(0, admin.get("/api/audit?from=2099-01-01T00:00:00Z").json().size());
        assertEquals(400, admin.get("/api/audit?from=yesterday").status());
    }
}
