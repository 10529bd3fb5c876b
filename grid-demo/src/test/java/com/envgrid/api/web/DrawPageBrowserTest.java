package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 双随机一公开 through the pages: the administrator seals a draw — its seed and candidate hash are shown before it
 * runs —, runs it and sees the objects drawn with two inspectors each; the draw's public page then opens in a fresh
 * browser with nobody signed in and shows the same seed, hash and objects, and no inspector.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class DrawPageBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "Inspect#2026draw";
    private static final int COUNT = 5;

    /**
     * The demo district has a single supervisor; two more, each in a grid nobody supervised, so that every object
     * can get two inspectors who do not supervise its own grid.
     */
    @BeforeEach
    void twoMoreSupervisors() {
        ApiClient admin = ApiClient.asAdmin(http);
        List<String> unstaffed = new ArrayList<>();
        admin.get("/api/grids/unstaffed").json().forEach(grid -> {
            if (grid.get("tier").asInt() == 2) {
                unstaffed.add(grid.get("code").asText());
            }
        });
        assertTrue(unstaffed.size() >= 2, "the demo district has unstaffed communities: " + unstaffed);
        String[] names = {"抽查员周", "抽查员吴"};
        for (int i = 0; i < names.length; i++) {
            String username = "inspector" + i + Long.toString(System.nanoTime(), 36);
            ApiClient.Answer person = admin.post("/api/people", "{\"name\":\"" + names[i] + "\",\"username\":\""
                    + username + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"supervisor\"}");
            assertEquals(201, person.status(), "adding an inspector: " + person.json());
            ApiClient.Answer assignment = admin.post("/api/people/" + person.json().get("id").asLong() + "/assignments",
                    "{\"grid_code\":\"" + unstaffed.get(i) + "\",\"duty\":\"supervisor\"}");
            assertEquals(201, assignment.status(), "assigning an inspector: " + assignment.json());
        }
    }

    @Test
    void theAdministratorSealsAndRunsADrawWhosePublicPageShowsTheSameResultWithoutInspectors() throws IOException {
        String id;
        String seed;
        String hash;
        List<String> drawn;
        Set<String> inspectors = new LinkedHashSet<>();
        try (BrowserSession admin = BrowserSession.open(server)) {
            admin.signInAt("draws.html", BrowserSession.ADMIN);
            admin.until("the draw form never showed", () -> admin.find(By.id("draw-form")).isDisplayed());
            BrowserSession.type(admin.find(By.id("draw-title")), "本季度企业双随机抽查");
            BrowserSession.type(admin.find(By.id("draw-count-input")), String.valueOf(COUNT));

            admin.find(By.id("draw-submit")).click();

            WebElement current = admin.find(By.id("draw-current"));
            admin.until("the sealed draw never showed; status line: " + status(admin),
                    () -> current.isDisplayed() && "sealed".equals(current.getAttribute("data-state")));
            id = current.getAttribute("data-draw-id");
            seed = admin.find(By.cssSelector("#draw-current [data-field='seed']")).getText();
            hash = admin.find(By.cssSelector("#draw-current [data-field='candidate_hash']")).getText();
            assertFalse(seed.isBlank(), "the seed is shown before the draw runs");
            assertTrue(hash.matches("[0-9a-f]{64}"), "the candidate hash is a SHA-256: " + hash);
            assertTrue(admin.driver().findElements(By.cssSelector("#draw-items tr[data-object-code]")).isEmpty(),
                    "nothing is drawn before the run");

            admin.find(By.id("draw-run")).click();

            admin.until("the drawn objects never showed; status line: " + status(admin),
                    () -> "run".equals(current.getAttribute("data-state"))
                            && !admin.driver().findElements(By.cssSelector("#draw-items tr[data-object-code]")).isEmpty());
            assertEquals(seed, admin.find(By.cssSelector("#draw-current [data-field='seed']")).getText(), "running does not change the seed");
            assertEquals(hash, admin.find(By.cssSelector("#draw-current [data-field='candidate_hash']")).getText(), "nor the candidate hash");
            drawn = objectCodes(admin, "#draw-items");
            assertEquals(COUNT, drawn.size(), "as many objects as asked for");
            for (WebElement row : admin.driver().findElements(By.cssSelector("#draw-items tr[data-object-code]"))) {
                List<WebElement> pair = row.findElements(By.cssSelector(".inspector"));
                assertEquals(2, pair.size(), "two inspectors for " + row.getAttribute("data-object-code"));
                pair.forEach(inspector -> inspectors.add(inspector.getText()));
            }

            JsonNode staffView = ApiClient.withToken(http, admin.token()).get("/api/draws/" + id).json();
            assertEquals(seed, staffView.get("seed").asText());
            assertEquals(hash, staffView.get("candidate_hash").asText());
            List<String> fromApi = new ArrayList<>();
            staffView.get("items").forEach(item -> fromApi.add(item.get("object_code").asText()));
            assertEquals(fromApi, drawn, "the page lists the API's draw in its order");
            admin.screenshot("draws.png");
        }

        try (BrowserSession visitor = BrowserSession.open(server)) {
            visitor.open("public-draw.html?id=" + id);

            visitor.until("the public page never showed the drawn objects; status line: "
                            + visitor.find(By.id("public-draw-status")).getText(),
                    () -> !visitor.driver().findElements(By.cssSelector("#public-draw-items[data-loaded]")).isEmpty());
            assertTrue(visitor.onPage("public-draw.html"), "no login asked for: " + visitor.driver().getCurrentUrl());
            assertNull(visitor.token(), "nobody is signed in");
            assertEquals("本季度企业双随机抽查", visitor.find(By.id("public-draw-title")).getText());
            assertEquals(seed, visitor.find(By.cssSelector("#public-draw [data-field='seed']")).getText(), "the same seed");
            assertEquals(hash, visitor.find(By.cssSelector("#public-draw [data-field='candidate_hash']")).getText(), "the same candidate hash");
            assertEquals(drawn, objectCodes(visitor, "#public-draw-items"), "the same objects in the same order");
            String page = visitor.find(By.tagName("body")).getText();
            for (String inspector : inspectors) {
                assertFalse(page.contains(inspector), "the public page names inspector " + inspector);
            }
            visitor.screenshot("public-draw.png");
        }
    }

    private static List<String> objectCodes(BrowserSession browser, String table) {
        List<String> codes = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector(table + " tr[data-object-code]"))) {
            codes.add(row.getAttribute("data-object-code"));
        }
        return codes;
    }

    private static String status(BrowserSession browser) {
        return browser.find(By.id("draw-status")).getText();
    }
}
