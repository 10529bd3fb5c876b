package com.envgrid.api.notification;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.order.JointFixture;
import com.envgrid.api.people.StaffFixture;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An overdue supervision order goes up by the district's case escalation days (the defaults: to the chief the day
 * after its deadline, to the district when overdue by more than 3 days), and the escalation scan tells the chief over
 * its grid, then the district's administrators, once per level however often it runs. The district's day is
 * 2026-11-25 at the start.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
class SupervisionOrderEscalationTest extends ApiTestBase {
    @Inject
    MutableClock clock;
    @Inject
    EscalationNotices escalations;

    StaffFixture staff;
    ApiClient admin;
    JointFixture joint;

    @BeforeEach
    void district() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        joint = new JointFixture(sql);
    }

    private void giveEmail(long personId, String email) {
        var answer = admin.exchange(HttpRequest.PUT("/api/people/" + personId + "/contact",
                "{\"phone\":null,\"email\":\"" + email + "\"}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
    }

    private long told(String level) {
        return sql.count("SELECT count(*) FROM notification WHERE cause = 'order:督办〔2026〕第 0001 号:escalated:"
                + level + "'");
    }

    @Test
    void an_overdue_order_tells_the_chief_then_the_district_once_each() throws Exception {
        giveEmail(staff.chiefAId, "chief-a@example.cn");
        giveEmail(joint.root(), "bureau@example.cn");
        UUID campaign = joint.campaign("春季扬尘联合督查");
        UUID finding = joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        var issued = admin.post("/api/supervision-orders", "{\"id\":\"" + UUID.randomUUID() + "\",\"campaign_id\":\""
                + campaign + "\",\"finding_ids\":[\"" + finding + "\"],\"requirement\":\"覆盖裸土\","
                + "\"due_by\":\"2026-11-30\"}");
        assertEquals(201, issued.status(), String.valueOf(issued.json()));

        clock.set(Instant.parse("2026-11-30T02:00:00Z")); // the due day: not overdue
        escalations.scan(clock.instant());
        assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE cause LIKE 'order:%'"));

        clock.advance(Duration.ofDays(1)); // the day after: up to the chief
        escalations.scan(clock.instant());
        escalations.scan(clock.instant());
        assertEquals(1, told("chief"), "scanned twice, the chief told once");
        assertEquals(staff.chiefAId, sql.count("SELECT recipient_id FROM notification WHERE cause LIKE 'order:%'"));
        String subject = sql.text("SELECT subject FROM notification WHERE cause LIKE 'order:%'");
        assertTrue(subject.contains("督办单 督办〔2026〕第 0001 号 已超期，升级至网格长"), subject);
        assertEquals(0, told("district"));

        clock.advance(Duration.ofDays(3)); // overdue by 4 days: up to the district
        escalations.scan(clock.instant());
        escalations.scan(clock.instant());
        assertEquals(1, told("chief"), "the chief not again");
        assertEquals(1, told("district"));
        assertEquals("bureau@example.cn", sql.text("SELECT address FROM notification WHERE cause LIKE"
                + " 'order:%:district'"));
    }
}
