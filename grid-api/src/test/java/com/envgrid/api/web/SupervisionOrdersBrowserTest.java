package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import com.envgrid.api.Sql;
import com.envgrid.api.grid.EmptyLayer;
import com.envgrid.api.order.JointFixture;
import com.envgrid.api.people.StaffFixture;
import com.envgrid.api.shared.DistrictTime;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervision orders page (督办单) in the small district (towns A and B; communities A1, A2 in A) with the staff
 * fixture and a joint inspection campaign whose two findings in A1 are written straight into its tables: the
 * administrator issues an order of both from the page's form, and the chief of A accepts it there.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class SupervisionOrdersBrowserTest extends BrowserTestBase {
    static final BrowserSession.Account CHIEF_A = new BrowserSession.Account("chief-a", StaffFixture.PASSWORD);
    static final BrowserSession.Account ADMIN = new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);

    @Inject
    Sql sql;
    @Inject
    EmptyLayer emptyLayer;
    @Inject
    DistrictTime time;

    @BeforeEach
    void aCampaignWithTwoFindingsInA1() throws Exception {
        ApiClient admin = ApiClient.asAdmin(http);
        emptyLayer.startOver(admin);
        new StaffFixture(http);
        JointFixture joint = new JointFixture(sql);
        UUID campaign = joint.campaign("春季扬尘联合督查");
        joint.finding(campaign, "A1", "urban", "工地裸土未覆盖");
        joint.finding(campaign, "A1", "housing", "围挡破损");
    }

    @Test
    void theAdministratorIssuesAnOrderFromTheFindingsAndTheChiefAcceptsIt() throws Exception {
        String number = "督办〔" + time.today().getYear() + "〕第 0001 号";
        openBrowser();
        browser.signInAt("supervision-orders.html", ADMIN);
        browser.until("the form never offered the campaign's two findings", () -> browser.driver()
                .findElements(By.cssSelector("#order-candidate-list input[type='checkbox']")).size() == 2);
        browser.driver().findElements(By.cssSelector("#order-candidate-list input[type='checkbox']"))
                .forEach(WebElement::click);
        browser.find(By.id("order-requirement")).sendKeys("覆盖裸土，修复围挡");
        browser.script("arguments[0].value = '2099-12-31';", browser.find(By.id("order-due")));
        browser.find(By.cssSelector("#order-form button[type='submit']")).click();

        browser.until("the issued order was never shown", () -> browser.find(By.id("order-detail-title")).getText()
                .equals(number));
        WebElement list = browser.find(By.cssSelector(".order-table tbody"));
        browser.until("the list never showed the order", () -> list.getText().contains(number)
                && list.getText().contains("已下达"));
        assertEquals(2, browser.driver().findElements(By.cssSelector(".order-findings tbody tr")).size());
        assertTrue(browser.driver().findElements(By.cssSelector(".order-actions button[data-action='verify']"))
                .isEmpty(), "an issued order is not verified");
        assertEquals(1, sql.count("SELECT count(*) FROM supervision_order"));

        String id = sql.text("SELECT id FROM supervision_order");
        browser.startAfresh();
        browser.signInAt("supervision-orders.html?order=" + id, CHIEF_A);
        browser.until("the chief was never offered to accept the order", () -> !browser.driver()
                .findElements(By.cssSelector(".order-actions button[data-action='accept']")).isEmpty());
        assertTrue(browser.find(By.id("order-new")).getAttribute("hidden") != null,
                "a chief who leads no campaign issues no orders");
        browser.find(By.cssSelector(".order-actions button[data-action='accept']")).click();
        browser.until("the order never showed as accepted", () -> browser.find(By.cssSelector(
                ".order-facts dd[data-field='state']")).getText().equals("已签收"));
        assertEquals(2, browser.driver().findElements(By.cssSelector(".order-timeline li")).size());
        browser.until("the chief was never offered the next step", () -> !browser.driver()
                .findElements(By.cssSelector(".order-actions button[data-action='start_rectification']")).isEmpty());
        browser.screenshot("supervision-orders.png");
    }
}
