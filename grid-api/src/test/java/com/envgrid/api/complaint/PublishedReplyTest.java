package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complainant learns the outcome: staff publish a reply apart from their internal record, and the public routes
 * show that reply and the date of each step — never the internal record, nor who took a step.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class PublishedReplyTest extends ApiTestBase {
    private static final String INTERNAL = "内部记录：工地负责人张某某承认夜间施工，已口头警告";
    private static final String PUBLISHED = "经现场核查，工地夜间施工属实，已责令停工整改。感谢您的监督。";
    private static final Instant RECEIVED = Instant.parse("2030-05-06T01:00:00Z");

    @Inject
    MutableClock clock;
    @Inject
    RepliesHeard replies;

    ApiClient anonymous;
    StaffFixture staff;

    @BeforeEach
    void smallDistrictWithStaff() throws Exception {
        clock.set(RECEIVED);
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        anonymous = ApiClient.anonymous(http);
        replies.heard.clear();
    }

    private JsonNode file() {
        var filed = anonymous.post("/api/public/complaints", "{\"category\":\"noise\",\"description\":\"晚上十点后工地还在施工\","
                + "\"lon\":120.003,\"lat\":30.002,\"name\":\"王女士\",\"contact\":\"13912345678\"}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        return filed.json();
    }

    /** Takes the action an hour after the last one. */
    private JsonNode act(ApiClient who, long id, String body) {
        clock.advance(Duration.ofHours(1));
        var answer = who.post("/api/complaints/" + id + "/actions", body);
        assertEquals(200, answer.status(), body + ": " + answer.json());
        return answer.json();
    }

    private static Map<String, String> steps(JsonNode view) {
        Map<String, String> steps = new LinkedHashMap<>();
        view.get("steps").forEach(s -> steps.put(s.get("step").asText(), s.get("at").asText()));
        return steps;
    }

    @Test
    void the_status_page_shows_the_published_reply_and_each_steps_date_and_never_the_internal_record() {
        var receipt = file();
        long id = receipt.get("id").asLong();
        String token = receipt.get("rating_url").asText().replaceAll(".*rate=", "");
        var supervisor = staff.as("supervisor");
        act(supervisor, id, "{\"action\":\"accept\"}");
        act(supervisor, id, "{\"action\":\"investigate\",\"text\":\"内部：约谈施工方\"}");
        var replied = act(supervisor, id, "{\"action\":\"reply\",\"text\":\"" + INTERNAL + "\",\"public_reply\":\"  "
                + PUBLISHED + "  \"}");
        assertEquals(PUBLISHED, replied.get("public_reply").asText(), "the staff card shows what was published");
        assertEquals("2030-05-06T04:00:00Z", replied.get("public_reply_at").asText());
        assertEquals(INTERNAL, replied.get("reply").asText(), "and keeps the internal record apart");

        var shown = anonymous.get("/api/public/complaints/" + id).json();
        assertEquals(PUBLISHED, shown.get("reply").asText());
        assertEquals("2030-05-06T04:00:00Z", shown.get("replied_at").asText());
        assertEquals(Map.of("received", "2030-05-06T01:00:00Z", "accepted", "2030-05-06T02:00:00Z",
                "investigating", "2030-05-06T03:00:00Z", "replied", "2030-05-06T04:00:00Z"), steps(shown));
        assertEquals(List.of("received", "accepted", "investigating", "replied"), List.copyOf(steps(shown).keySet()));

        act(staff.as("chief"), id, "{\"action\":\"close\",\"text\":\"内部：结案\"}");
        var rated = anonymous.post("/api/public/ratings/" + token, "{\"satisfaction\":\"满意\"}");
        assertEquals(200, rated.status(), String.valueOf(rated.json()));
        assertEquals(PUBLISHED, rated.json().get("reply").asText(), "closing without a new reply keeps the published one");
        assertEquals(List.of("received", "accepted", "investigating", "replied", "closed", "rated"),
                List.copyOf(steps(rated.json()).keySet()));
        assertEquals("2030-05-06T05:00:00Z", steps(rated.json()).get("closed"));

        List<String> publicAnswers = new ArrayList<>();
        publicAnswers.add(anonymous.get("/api/public/complaints/" + id).json().toString());
        publicAnswers.add(anonymous.get("/api/public/complaints").json().toString());
        publicAnswers.add(anonymous.get("/open311/v2/requests/" + id + ".json").json().toString());
        publicAnswers.add(anonymous.get("/open311/v2/requests.json").json().toString());
        publicAnswers.add(rated.json().toString());
        for (String answer : publicAnswers) {
            for (String internal : List.of("内部", "张某某", "约谈", "王女士", "13912345678", "还在施工")) {
                assertFalse(answer.contains(internal), "'" + internal + "' in a public answer: " + answer);
            }
            assertFalse(answer.contains("\"actor") || answer.contains("\"note"), "no names, no notes: " + answer);
        }
        assertTrue(publicAnswers.get(1).contains(PUBLISHED), "the public list shows the reply too");
        assertEquals(PUBLISHED, anonymous.get("/open311/v2/requests/" + id + ".json").json().get(0).get("status_notes")
                .asText(), "Open311 gives it as the request's status notes");
        assertTrue(publicAnswers.get(3).contains(PUBLISHED), "in its list too");
    }

    @Test
    void closing_may_publish_a_reply_that_replaces_the_earlier_one_and_listeners_hear_each() {
        long id = file().get("id").asLong();
        var chief = staff.as("chief");
        act(chief, id, "{\"action\":\"accept\"}");
        act(chief, id, "{\"action\":\"investigate\"}");
        act(chief, id, "{\"action\":\"reply\",\"text\":\"" + INTERNAL + "\",\"public_reply\":\"正在整改\"}");
        act(chief, id, "{\"action\":\"close\",\"public_reply\":\"" + PUBLISHED + "\"}");

        var shown = anonymous.get("/api/public/complaints/" + id).json();
        assertEquals(PUBLISHED, shown.get("reply").asText());
        assertEquals("2030-05-06T05:00:00Z", shown.get("replied_at").asText(), "when it was published");
        assertEquals(List.of("正在整改", PUBLISHED), replies.heard.stream().map(ComplaintReplyPublished::text).toList());
        var last = replies.heard.get(1);
        assertEquals(id, last.complaintId());
        assertEquals("13912345678", last.complainantContact(), "the listener can tell the complainant");
        assertEquals("/complaint.html?id=" + id, last.statusUrl());
        assertFalse(last.toString().contains("13912345678"), "nor does it show up in a log line");
        assertEquals(2, sql.count("SELECT count(*) FROM audit_log WHERE action = 'publish_reply' AND entity_id = '" + id + "'"));
    }

    @Test
    void a_reply_is_published_only_with_replying_or_closing_and_a_refused_one_changes_nothing() {
        long id = file().get("id").asLong();
        var supervisor = staff.as("supervisor");
        var refused = supervisor.post("/api/complaints/" + id + "/actions", "{\"action\":\"accept\",\"public_reply\":\"已受理\"}");
        assertEquals(400, refused.status(), String.valueOf(refused.json()));
        assertEquals("/public_reply", refused.json().get("errors").get(0).get("pointer").asText());
        assertEquals("received", anonymous.get("/api/public/complaints/" + id).json().get("state").asText());
        act(supervisor, id, "{\"action\":\"accept\"}");
        act(supervisor, id, "{\"action\":\"investigate\"}");
        var tooLong = supervisor.post("/api/complaints/" + id + "/actions", "{\"action\":\"reply\",\"text\":\"已处理\","
                + "\"public_reply\":\"" + "答".repeat(2001) + "\"}");
        assertEquals(400, tooLong.status(), String.valueOf(tooLong.json()));
        var shown = anonymous.get("/api/public/complaints/" + id).json();
        assertEquals("investigating", shown.get("state").asText(), "the reply was not taken either");
        assertFalse(shown.hasNonNull("reply"), shown.toString());
        assertEquals(0, sql.count("SELECT count(*) FROM complaint_public_reply"));
        assertTrue(replies.heard.isEmpty());
    }
}
