package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bureau's staff roster into the small district (towns A and B, communities A1 and A2): checked row by row with
 * each problem at its cell, written all or nothing, the new accounts' initial passwords handed out once in a sheet
 * and replaced at first sign-in; a roster sent again creates nobody. An administrator's password reset works the same.
 */
@MicronautTest(transactional = false)
class RosterTest extends ApiTestBase {

    ApiClient admin;

    @BeforeEach
    void smallDistrictAndNobodyButRoot() {
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
    }

    private ApiClient.Answer send(byte[] roster, boolean dryRun) {
        return admin.exchange(HttpRequest.POST("/api/people/import?dryRun=" + dryRun, roster)
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE));
    }

    private static byte[] csv(String rows) {
        return (RosterWorkbooks.HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> problemsByCell(JsonNode report) {
        Map<String, String> byCell = new LinkedHashMap<>();
        report.get("problems").forEach(p -> byCell.put(p.get("cell").asText(), p.get("code").asText()));
        return byCell;
    }

    private long people() {
        return sql.count("SELECT count(*) FROM person");
    }

    @Test
    void a_dry_run_reports_each_bad_row_at_its_cell_and_an_import_of_it_writes_nobody() throws IOException {
        byte[] roster = RosterWorkbooks.workbook(
                "张三,zhang-san,13800000001,网格员,A1,",
                "李四,li-si,12345,网格员,A2,",
                "王五,zhang-san,13800000003,网格员,A2,",
                "赵六,zhao-liu,,网格员,Z9,",
                "钱七,qian-qi,,队长,A1,");
        long before = people();

        var dryRun = send(roster, true);
        assertEquals(200, dryRun.status(), String.valueOf(dryRun.json()));
        JsonNode report = dryRun.json();
        assertTrue(report.get("dry_run").asBoolean());
        assertEquals(5, report.get("rows").asInt());
        assertEquals(4, report.get("bad").asInt());
        // rows and cells as Excel shows them: the title is row 1, the header row 2; C3, a phone typed as a number,
        // reads as its digits
        assertEquals(Map.of("C4", "people.phone", "B5", "roster.duplicate_username", "E6", "input.unknown",
                "D7", "input.not_one_of"), problemsByCell(report));
        assertEquals(3, report.get("problems").get(1).get("params").get("row").asInt(), "the first row of zhang-san");
        assertEquals("Z9", report.get("problems").get(2).get("params").get("value").asText());
        assertEquals("create", report.get("entries").get(0).get("action").asText());

        var accepted = send(roster, false);
        assertEquals(422, accepted.status());
        assertEquals("roster.rejected", accepted.json().get("code").asText());
        assertEquals(problemsByCell(report), problemsByCell(accepted.json().get("report")));
        assertEquals(before, people(), "nobody was imported, not even the good row");
    }

    @Test
    void a_roster_without_a_username_column_is_told_so_on_its_header_row() {
        var answer = send("姓名,手机,角色\n张三,13800000001,网格员\n".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
        JsonNode problem = answer.json().get("problems").get(0);
        assertEquals(1, problem.get("row").asInt());
        assertEquals("roster.missing_column", problem.get("code").asText());
        assertEquals("username", problem.get("params").get("column").asText());
    }

    @Test
    void the_new_accounts_passwords_come_once_in_a_sheet_and_each_must_be_changed_at_first_sign_in() throws IOException {
        byte[] roster = csv("""
                陈网格长,chen-chief,13800000011,网格长,A,
                周网格员,zhou-sup,13800000012,supervisor,A1、A2,网格员
                吴查看员,wu-viewer,,区级查看员,,
                """);
        var dryRun = send(roster, true);
        assertEquals(200, dryRun.status(), String.valueOf(dryRun.json()));
        assertEquals(3, dryRun.json().get("created").asInt());
        assertFalse(dryRun.json().has("passwords_sheet"), "a dry run creates nobody and hands out nothing");

        var accepted = send(roster, false);
        assertEquals(201, accepted.status(), String.valueOf(accepted.json()));
        JsonNode sheet = accepted.json().get("passwords_sheet");
        assertTrue(sheet.get("filename").asText().endsWith(".xlsx"));
        Map<String, String[]> handedOut = readSheet(Base64.getDecoder().decode(sheet.get("base64").asText()));
        assertEquals(List.of("chen-chief", "zhou-sup", "wu-viewer"), List.copyOf(handedOut.keySet()));
        assertEquals("周网格员", handedOut.get("zhou-sup")[0]);
        assertTrue(handedOut.get("zhou-sup")[2].contains("A1") && handedOut.get("zhou-sup")[2].contains("A2"));

        for (var entry : handedOut.entrySet()) {
            String password = entry.getValue()[3];
            assertEquals(0, sql.count("SELECT count(*) FROM audit_log WHERE after::text LIKE '%" + password + "%'"),
                    "the password is in no log");
            ApiClient person = ApiClient.signedIn(http, entry.getKey(), password);
            var refused = person.get("/api/people");
            assertEquals(403, refused.status());
            assertEquals("people.must_change_password", refused.json().get("code").asText());
            var tooShort = changePassword(person, password, "short");
            assertEquals(400, tooShort.status());
            assertEquals("people.password", tooShort.json().get("errors").get(0).get("code").asText());
            assertEquals(204, changePassword(person, password, "Own-choice-2026").status());
            assertEquals(200, person.get("/api/me").status(), "the same sign-in goes on once the password is changed");
            assertEquals(401, ApiClient.anonymous(http).post("/login", "{\"username\":\"" + entry.getKey()
                    + "\",\"password\":\"" + password + "\"}").status(), "the handed-out password is gone");
        }
        var zhou = admin.get("/api/people/" + idOf("zhou-sup")).json();
        assertEquals(List.of("A1:supervisor", "A2:supervisor"), assignments(zhou));
        assertEquals(List.of("A:chief"), assignments(admin.get("/api/people/" + idOf("chen-chief")).json()));
        assertEquals("13800000011", admin.get("/api/people/" + idOf("chen-chief")).json().get("phone").asText());
    }

    @Test
    void a_roster_sent_again_creates_nobody_and_updates_phones_and_assignments() throws IOException {
        var first = send(csv("孙一,sun-yi,13800000021,网格员,A1,\n郑二,zheng-er,13800000022,网格员,A2,\n"), false);
        assertEquals(201, first.status(), String.valueOf(first.json()));
        String password = readSheet(Base64.getDecoder().decode(first.json().get("passwords_sheet").get("base64")
                .asText())).get("sun-yi")[3];
        long before = people();

        var again = send(csv("孙一,sun-yi,13900000021,网格员,A1、B,\n郑二,zheng-er,13800000022,网格员,A2,\n"), false);
        assertEquals(201, again.status(), String.valueOf(again.json()));
        assertEquals(0, again.json().get("created").asInt());
        assertEquals(1, again.json().get("updated").asInt());
        assertEquals(1, again.json().get("unchanged").asInt());
        assertFalse(again.json().has("passwords_sheet"), "nobody new, no passwords handed out");
        assertEquals(before, people());
        var sun = admin.get("/api/people/" + idOf("sun-yi")).json();
        assertEquals("13900000021", sun.get("phone").asText());
        assertEquals(List.of("A1:supervisor", "B:supervisor"), assignments(sun));
        assertEquals(200, ApiClient.anonymous(http).post("/login", "{\"username\":\"sun-yi\",\"password\":\""
                + password + "\"}").status(), "the password handed out first still signs in: nothing was reset");
    }

    @Test
    void a_username_that_exists_with_another_role_is_a_bad_row() {
        new StaffFixture(http);
        var answer = send(csv("查看员,viewer1,,网格员,A1,\n"), true);
        assertEquals(Map.of("D2", "roster.role_differs"), problemsByCell(answer.json()));
    }

    @Test
    void an_administrator_resets_a_password_the_person_must_replace() {
        long id = new StaffFixture(http).supervisorA1Id;
        var reset = admin.post("/api/people/" + id + "/password-reset", "");
        assertEquals(200, reset.status(), String.valueOf(reset.json()));
        String password = reset.json().get("password").asText();
        assertEquals(401, ApiClient.anonymous(http).post("/login", "{\"username\":\"sup-a1\",\"password\":\""
                + StaffFixture.PASSWORD + "\"}").status(), "the old password is gone");
        ApiClient person = ApiClient.signedIn(http, "sup-a1", password);
        assertEquals(403, person.get("/api/duties").status());
        var wrongCurrent = changePassword(person, "not-the-password", "Own-choice-2026");
        assertEquals("people.wrong_current_password", wrongCurrent.json().get("errors").get(0).get("code").asText());
        var same = changePassword(person, password, password);
        assertEquals("people.password_unchanged", same.json().get("errors").get(0).get("code").asText());
        assertEquals(204, changePassword(person, password, "Own-choice-2026").status());
        assertEquals(200, person.get("/api/me").status());
        assertFalse(admin.get("/api/people/" + id).json().toString().contains(password), "never shown again");
    }

    private ApiClient.Answer changePassword(ApiClient person, String current, String fresh) {
        return person.exchange(HttpRequest.PUT("/api/me/password", "{\"current_password\":\"" + current
                + "\",\"new_password\":\"" + fresh + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    private long idOf(String username) {
        return sql.count("SELECT id FROM person WHERE username = '" + username + "'");
    }

    private static List<String> assignments(JsonNode person) {
        List<String> held = new ArrayList<>();
        person.get("assignments").forEach(a -> held.add(a.get("grid_code").asText() + ":" + a.get("duty").asText()));
        return held.stream().sorted().toList();
    }

    /** The passwords sheet as read back with POI: username → name, username, grids, password. */
    private static Map<String, String[]> readSheet(byte[] xlsx) throws IOException {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("姓名", "用户名", "网格", "初始密码"), header);
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] cells = new String[4];
                for (int c = 0; c < 4; c++) {
                    cells[c] = row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
                }
                rows.put(cells[1], cells);
            }
            return rows;
        }
    }
}
