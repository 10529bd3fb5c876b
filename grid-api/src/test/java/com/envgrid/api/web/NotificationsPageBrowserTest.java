package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifications page: an administrator sees the outbox in Chinese — a text that failed after its last attempt
 * with the gateway's answer, an e-mail held because no mail server is configured —, narrows it to the failed ones
 * and sends one back to the queue.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class NotificationsPageBrowserTest extends BrowserTestBase {
    private static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN,
            ApiClient.ADMIN_PASSWORD);

    @Inject
    Sql sql;

    @BeforeEach
    void anOutboxWithAFailedAndAHeldNotification() throws Exception {
        sql.execute("DELETE FROM notification;"
                + " INSERT INTO notification (cause, kind, channel, address, subject, body, state, attempts, last_error,"
                + " created_at) VALUES ('case:1:assigned', 'case_assigned', 'webhook', '13900000004',"
                + " '新的整改任务：问题 1', '您被指派跟进问题 1', 'failed', 8, 'webhook answered HTTP 503',"
                + " '2026-11-27T02:00:00Z'), ('complaint:2:reply:1', 'complaint_reply', 'email', 'wang@example.cn',"
                + " '您的投诉已有答复（编号 2）', '已责令停工', 'held', 0,"
                + " '未配置邮件服务器 (no mail server: set ENVGRID_MAIL_HOST)', '2026-11-27T03:00:00Z')");
    }

    @Test
    void anAdministratorSeesWhatFailedAndWhyAndRetriesIt() throws IOException {
        openBrowser();
        browser.signInAt("notifications.html", ADMIN);
        browser.until("the outbox never loaded", () -> rows().size() == 2);
        WebElement held = rows().get(0);
        assertEquals("held", held.getAttribute("data-state"));
        assertTrue(held.getText().contains("投诉人"), held.getText());
        assertTrue(held.getText().contains("未发送"), held.getText());
        assertTrue(held.getText().contains("未配置邮件服务器"), held.getText());
        assertTrue(browser.offers("nav-notifications"), "administrators find it in the header");
        browser.screenshot("notifications.png");

        new Select(browser.find(By.id("notification-state"))).selectByValue("failed");
        browser.until("the filter never left only the failed one",
                () -> states().equals(List.of("failed")));
        WebElement failed = rows().get(0);
        assertTrue(failed.getText().contains("发送失败"), failed.getText());
        assertTrue(failed.getText().contains("webhook answered HTTP 503"), failed.getText());
        failed.findElement(By.cssSelector(".notification-retry")).click();

        browser.until("the retried one never left the failed list", () -> !states().contains("failed"));
        assertEquals("pending", sql.text("SELECT state FROM notification WHERE kind = 'case_assigned'"));
        assertTrue(browser.find(By.id("notification-status")).getText().contains("已重新排队"));
    }

    /** The rows' states, read in one go: the list may be redrawn between two looks at it. */
    private List<String> states() {
        return rows().stream().map(row -> row.getAttribute("data-state")).toList();
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#notification-table tbody tr[data-id]"));
    }
}
