package com.envgrid.api.notification;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.ForkDatabase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.OtherNode;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.core.source.CreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications end to end, against PostgreSQL, an SMTP server (GreenMail) and a webhook gateway inside the test:
 * what a change enqueues, that each is sent once however often the delivery job runs, how a failing gateway is
 * retried on the platform's clock, and what administrators see.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "envgrid.mail.starttls", value = "false")
@Property(name = "envgrid.mail.from", value = "notices@envgrid.example.cn")
@Property(name = "envgrid.webhook.secret", value = "gateway-secret")
@Property(name = "envgrid.notifications.first-retry", value = "1m")
@Property(name = "envgrid.notifications.max-retry", value = "10m")
@Property(name = "envgrid.notifications.max-attempts", value = "3")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiTest extends ApiTestBase implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = CreditCode.withCheckCharacter("91320214MA1F00001");
    private static final Instant FRIDAY = Instant.parse("2026-11-27T02:00:00Z"); // 10:00 in the district

    private GreenMail smtp;
    private HttpServer gateway;
    /** What the gateway answers the next requests with, in order; 200 once the list is used up. */
    private final List<Integer> gatewayAnswers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> gatewayBodies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> gatewaySignatures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger gatewayCalls = new AtomicInteger();

    @Inject
    MutableClock clock;
    @Inject
    DeliveryRun delivery;
    @Inject
    EscalationNotices escalations;

    ApiClient admin;
    StaffFixture staff;

    @Override
    public Map<String, String> getProperties() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        gateway.createContext("/sms", exchange -> {
            gatewayCalls.incrementAndGet();
            gatewayBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            gatewaySignatures.add(exchange.getRequestHeaders().getFirst("X-Envgrid-Signature"));
            int status = gatewayAnswers.isEmpty() ? 200 : gatewayAnswers.remove(0);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        gateway.start();
        return Map.of("envgrid.mail.host", "127.0.0.1", "envgrid.mail.port", String.valueOf(smtp.getSmtp().getPort()),
                "envgrid.webhook.url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    }

    @AfterAll
    void stopServers() {
        smtp.stop();
        gateway.stop(0);
    }

    @BeforeEach
    void districtWithStaff() throws Exception {
        clock.set(FRIDAY);
        admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        staff = new StaffFixture(http);
        smtp.purgeEmailFromAllMailboxes();
        gatewayAnswers.clear();
        gatewayBodies.clear();
        gatewaySignatures.clear();
        gatewayCalls.set(0);
    }

    private int deliver() {
        return delivery.deliverDue(clock.instant());
    }

    private void giveEmail(long personId, String phone, String email) {
        var answer = admin.exchange(HttpRequest.PUT("/api/people/" + personId + "/contact",
                "{\"phone\":" + (phone == null ? "null" : "\"" + phone + "\"") + ",\"email\":\"" + email + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(200, answer.status(), String.valueOf(answer.json()));
    }

    private static String body(MimeMessage m) throws Exception {
        return (String) m.getContent();
    }

    @Test
    void a_published_reply_is_emailed_once_even_when_the_job_runs_twice_at_once_and_the_request_is_retried()
            throws Exception {
        var filed = ApiClient.anonymous(http).post("/api/public/complaints", "{\"category\":\"noise\",\"description\":"
                + "\"晚上十点后工地还在施工\",\"lon\":120.003,\"lat\":30.002,\"name\":\"王女士\","
                + "\"contact\":\"13912345678 / Wang.Li@Example.cn\"}");
        assertEquals(201, filed.status(), String.valueOf(filed.json()));
        long id = filed.json().get("id").asLong();
        var supervisor = staff.as("supervisor");
        String path = "/api/complaints/" + id + "/actions";
        assertEquals(200, supervisor.post(path, "{\"action\":\"accept\"}").status());
        assertEquals(200, supervisor.post(path, "{\"action\":\"investigate\"}").status());
        String reply = "{\"action\":\"reply\",\"text\":\"内部记录：联系施工方负责人\","
                + "\"public_reply\":\"已责令工地夜间停工，并于次日复查。\"}";
        assertEquals(200, supervisor.post(path, reply).status());
        assertEquals(409, supervisor.post(path, reply).status(), "a resent reply changes nothing");
        assertEquals(1, sql.count("SELECT count(*) FROM notification WHERE kind = 'complaint_reply'"));

        // two instances' jobs at the same moment: the row each claims is one the other skips
        CountDownLatch start = new CountDownLatch(1);
        var runs = List.of(CompletableFuture.supplyAsync(() -> awaitThenDeliver(start)),
                CompletableFuture.supplyAsync(() -> awaitThenDeliver(start)));
        start.countDown();
        assertEquals(1, runs.stream().mapToInt(CompletableFuture::join).sum());
        assertEquals(0, deliver(), "and a later run finds nothing left");

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length);
        assertEquals("Wang.Li@example.cn", mails[0].getAllRecipients()[0].toString());
        assertEquals("notices@envgrid.example.cn", mails[0].getFrom()[0].toString());
        assertTrue(mails[0].getSubject().contains("您的投诉已有答复（编号 " + id + "）"), mails[0].getSubject());
        assertTrue(body(mails[0]).contains("已责令工地夜间停工，并于次日复查。"), body(mails[0]));
        assertTrue(body(mails[0]).contains("王女士，您好"), body(mails[0]));
        assertTrue(!body(mails[0]).contains("内部记录"), "the internal record stays with the staff");

        var sent = admin.get("/api/notifications?state=sent").json();
        assertEquals(1, sent.size());
        assertEquals("complaint_reply", sent.get(0).get("kind").asText());
        assertEquals(1, sent.get(0).get("attempts").asInt());
        assertEquals(FRIDAY.toString(), sent.get(0).get("sent_at").asText());
        assertEquals(0, gatewayCalls.get(), "a complainant is e-mailed, never texted");
    }

    private int awaitThenDeliver(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return deliver();
    }

    @Test
    void a_failing_gateway_is_retried_with_growing_waits_then_delivered_signed() throws Exception {
        long caseId = caseInA1();
        gatewayAnswers.addAll(List.of(500, 503));
        assertEquals(200, admin.post("/api/cases/" + caseId + "/actions", "{\"action\":\"assign\",\"assignee_id\":"
                + staff.supervisorA1Id + "}").status());
        assertEquals(1, sql.count("SELECT count(*) FROM notification WHERE kind = 'case_assigned'"),
                "the supervisor has a phone and no e-mail: one text");

        assertEquals(1, deliver());
        var pending = admin.get("/api/notifications?state=pending").json().get(0);
        assertEquals(1, pending.get("attempts").asInt());
        assertEquals("webhook answered HTTP 500", pending.get("last_error").asText());
        assertEquals(FRIDAY.plus(Duration.ofMinutes(1)).toString(), pending.get("next_attempt_at").asText());
        assertEquals(0, deliver(), "not before its wait is over");

        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, deliver());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(0, deliver(), "the second wait is twice the first");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, deliver());
        assertEquals(3, gatewayCalls.get());

        var sent = admin.get("/api/notifications?state=sent").json().get(0);
        assertEquals(3, sent.get("attempts").asInt());
        assertEquals("sup-a1", sent.get("recipient_name").asText());
        JsonNode payload = JSON.readTree(gatewayBodies.get(2));
        assertEquals("13900000004", payload.get("to").asText());
        assertEquals("case_assigned", payload.get("kind").asText());
        assertTrue(payload.get("text").asText().contains("问题 " + caseId), payload.toString());
        assertEquals("sha256=" + WebhookSender.signature("gateway-secret",
                gatewayBodies.get(2).getBytes(StandardCharsets.UTF_8)), gatewaySignatures.get(2));
        assertEquals(payload.get("id").asLong(), JSON.readTree(gatewayBodies.get(0)).get("id").asLong(),
                "every attempt names the same notification, so a gateway can drop a repeat");
    }

    @Test
    void after_its_last_attempt_a_notification_has_failed_until_an_administrator_retries_it() {
        long caseId = caseInA1();
        gatewayAnswers.addAll(List.of(500, 500, 500));
        admin.post("/api/cases/" + caseId + "/actions", "{\"action\":\"assign\",\"assignee_id\":"
                + staff.supervisorA1Id + "}");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(1, deliver());
            clock.advance(Duration.ofMinutes(10));
        }
        var failed = admin.get("/api/notifications?state=failed").json();
        assertEquals(1, failed.size(), "three attempts allowed");
        assertEquals(0, deliver(), "a failed one is not tried again by itself");

        long id = failed.get(0).get("id").asLong();
        var retried = admin.post("/api/notifications/" + id + "/retry", "");
        assertEquals(200, retried.status(), String.valueOf(retried.json()));
        assertEquals("pending", retried.json().get("state").asText());
        assertEquals(1, deliver());
        assertEquals("sent", sql.text("SELECT state FROM notification WHERE id = " + id));
        assertEquals(409, admin.post("/api/notifications/" + id + "/retry", "").status(), "a sent one is not resent");
        assertEquals(1, sql.count("SELECT count(*) FROM audit_log WHERE entity = 'notification' AND action = 'retry'"));
    }

    @Test
    void a_supervisor_gets_one_digest_of_the_duties_a_generation_run_gave_them() throws Exception {
        giveEmail(staff.supervisorA1Id, null, "sup-a1@example.cn");
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        assertEquals(200, admin.post("/api/duties/generate?period=2026-12", "").status());
        assertEquals(200, admin.post("/api/duties/generate?period=2026-12", "").status(), "a re-run creates nothing");
        deliver();

        long theirs = sql.count("SELECT count(*) FROM duty WHERE supervisor_id = " + staff.supervisorA1Id);
        assertTrue(theirs > 1, "a source and patrols of A1");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length, "one digest, not one message per duty");
        assertEquals("sup-a1@example.cn", mails[0].getAllRecipients()[0].toString());
        assertTrue(mails[0].getSubject().contains("2026-12 新的巡查任务 " + theirs + " 项"), mails[0].getSubject());
        assertTrue(body(mails[0]).contains("化工厂"), body(mails[0]));
        assertEquals(0, gatewayCalls.get(), "without a phone, nothing is texted");
    }

    @Test
    void the_chief_hears_of_an_escalation_once_and_the_district_when_it_goes_further() throws Exception {
        giveEmail(staff.chiefAId, null, "chief-a@example.cn");
        giveEmail(sql.count("SELECT id FROM person WHERE username = 'root'"), null, "bureau@example.cn");
        long caseId = caseInA1(); // serious: 3 days to rectify
        String dueBy = sql.text("SELECT due_by::text FROM problem_case WHERE id = " + caseId);

        escalations.scan(clock.instant());
        assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE kind = 'escalation'"), "not overdue yet");

        clock.advance(Duration.ofDays(4)); // the day after the due day: up to the chief
        escalations.scan(clock.instant());
        escalations.scan(clock.instant());
        deliver();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length, "scanned twice, told once");
        assertEquals("chief-a@example.cn", mails[0].getAllRecipients()[0].toString());
        assertTrue(mails[0].getSubject().contains("问题 " + caseId + " 已超期，升级至网格长"), mails[0].getSubject());
        assertTrue(body(mails[0]).contains("期限为 " + dueBy), body(mails[0]));

        clock.advance(Duration.ofDays(3)); // overdue by more than 3 days: up to the district
        escalations.scan(clock.instant());
        deliver();
        mails = smtp.getReceivedMessages();
        assertEquals(2, mails.length, "the bureau now, the chief not again");
        assertEquals("bureau@example.cn", mails[1].getAllRecipients()[0].toString());
        assertTrue(mails[1].getSubject().contains("升级至区局"), mails[1].getSubject());
    }

    @Test
    void two_nodes_scanning_for_escalations_at_the_same_moment_tell_the_chief_once() throws Exception {
        giveEmail(staff.chiefAId, null, "chief-a@example.cn");
        caseInA1();
        clock.advance(Duration.ofDays(4)); // the day after the due day: up to the chief
        Instant now = clock.instant();
        try (OtherNode b = OtherNode.start(Map.of("test.clock", "mutable",
                "datasources.default.maximum-pool-size", 2));
             Connection elsewhere = DriverManager.getConnection(ForkDatabase.url(),
                     System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                     System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""))) {
            EscalationNotices onB = b.bean(EscalationNotices.class);
            try (var s = elsewhere.createStatement()) {
                // a node in the middle of the scan: it holds the job's lock
                s.execute("SELECT pg_advisory_lock(1, hashtext('" + EscalationNotices.JOB + "'))");
                assertFalse(onB.scanAlone(now), "B leaves the scan to the node running it");
                assertFalse(escalations.scanAlone(now), "and so does A");
                assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE kind = 'escalation'"));
                s.execute("SELECT pg_advisory_unlock(1, hashtext('" + EscalationNotices.JOB + "'))");
            }

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            var scans = List.of(CompletableFuture.supplyAsync(() -> awaitThen(start, () -> escalations.scanAlone(now)), nodes),
                    CompletableFuture.supplyAsync(() -> awaitThen(start, () -> onB.scanAlone(now)), nodes));
            start.countDown();
            assertTrue(scans.stream().anyMatch(CompletableFuture::join), "one of them scanned");
            nodes.shutdown();
        }
        assertEquals(1, sql.count("SELECT count(*) FROM notification WHERE kind = 'escalation'"));
        deliver();
        assertEquals(1, smtp.getReceivedMessages().length, "the chief is told once");
    }

    private static boolean awaitThen(CountDownLatch start, java.util.function.BooleanSupplier scan) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return scan.getAsBoolean();
    }

    @Test
    void the_outbox_lists_by_state_and_refuses_an_unknown_one() {
        long caseId = caseInA1();
        admin.post("/api/cases/" + caseId + "/actions", "{\"action\":\"assign\",\"assignee_id\":"
                + staff.supervisorA1Id + "}");
        assertEquals(1, admin.get("/api/notifications").json().size());
        assertEquals(1, admin.get("/api/notifications?state=pending").json().size());
        assertEquals(0, admin.get("/api/notifications?state=sent").json().size());
        var bad = admin.get("/api/notifications?state=lost");
        assertEquals(400, bad.status());
        assertEquals("?state", bad.json().get("errors").get(0).get("pointer").asText(), bad.json().toString());
    }

    /** A serious finding of the supervisor of A1 at the source: a case in A1, 3 days to rectify. */
    @Test
    void the_chief_hears_once_of_a_remediation_measure_past_its_deadline() throws Exception {
        giveEmail(staff.chiefAId, null, "chief-a@example.cn");
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        var plan = admin.post("/api/enterprises/" + SOURCE + "/plans", "{\"title\":\"VOCs 治理\",\"period\":\"2026\","
                + "\"measures\":[{\"action\":\"安装VOCs在线监测\",\"deadline\":\"2026-11-27\",\"responsible_name\":\"王厂长\","
                + "\"responsible_phone\":\"13800000000\"}]}");
        assertEquals(201, plan.status(), String.valueOf(plan.json()));
        long measure = plan.json().get("measures").get(0).get("id").asLong();

        escalations.scan(clock.instant());
        assertEquals(0, sql.count("SELECT count(*) FROM notification WHERE kind = 'escalation'"), "due today");

        clock.advance(Duration.ofDays(1)); // the day after the deadline: up to the chief
        escalations.scan(clock.instant());
        escalations.scan(clock.instant());
        deliver();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length, "scanned twice, told once");
        assertEquals("chief-a@example.cn", mails[0].getAllRecipients()[0].toString());
        assertTrue(mails[0].getSubject().contains("一厂一策整改措施 " + measure + " 已超期，升级至网格长"),
                mails[0].getSubject());
        assertTrue(body(mails[0]).contains("安装VOCs在线监测"), body(mails[0]));
    }

    private long caseInA1() {
        admin.exchange(HttpRequest.POST("/api/sources/import", ("统一社会信用代码,名称,经度,纬度,信用等级\n" + SOURCE
                + ",化工厂,120.002,30.002,D\n").getBytes(StandardCharsets.UTF_8)).contentType("text/csv"));
        var recorded = staff.as("supervisor").exchange(HttpRequest.PUT("/api/inspections/" + UUID.randomUUID(),
                "{\"target\":{\"kind\":\"source\",\"code\":\"" + SOURCE + "\"},\"inspected_at\":\"2026-11-27T09:30:00+08:00\","
                        + "\"fix\":{\"lon\":120.002,\"lat\":30.002,\"accuracy_m\":10,\"crs\":\"wgs84\"},\"checklist\":{},"
                        + "\"findings\":[{\"category\":\"wastewater\",\"severity\":\"serious\",\"description\":\"排口发黑\"}],"
                        + "\"photos\":[]}").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(201, recorded.status(), String.valueOf(recorded.json()));
        return recorded.json().get("cases").get(0).asLong();
    }
}
