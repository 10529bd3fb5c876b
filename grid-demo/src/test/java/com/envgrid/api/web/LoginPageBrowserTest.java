package com.envgrid.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.envgrid.api.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Signing in and out through the login page: a refusal is shown as the server gave it, a page opened without a
 * valid token leads to the login page and back, and signing out forgets the token.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.demo.enabled", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class LoginPageBrowserTest extends BrowserTestBase {

    @BeforeEach
    void openTheBrowser() throws IOException {
        openBrowser();
    }

    @Test
    void aWrongPasswordIsSaidInChineseAndStaysOnTheLoginPage() throws IOException {
        browser.open("login.html");

        browser.submitLogin(BrowserSession.VIEWER.username(), "not-the-password");

        WebElement error = browser.find(By.id("login-error"));
        browser.until("the login page never showed an error", error::isDisplayed);
        // Every failed login says the same (no probing for usernames): ask with one that does not exist.
        String code = ApiClient.anonymous(http)
                .post("/login", "{\"username\":\"nobody-" + System.nanoTime() + "\",\"password\":\"x\"}")
                .json().get("code").asText();
        assertEquals("login.wrong_credentials", code);
        assertTrue(error.getText().startsWith("用户名或密码错误"), "the page says the problem in Chinese: " + error.getText());
        assertTrue(browser.onPage("login.html"), "still on the login page: " + browser.driver().getCurrentUrl());
        assertNull(browser.token(), "no token was kept");
        assertEquals("true", browser.find(By.id("login-password")).getAttribute("aria-invalid"));
        browser.screenshot("login.png");
    }

    @Test
    void aPageOpenedWithoutSigningInLeadsToTheLoginPageAndBackToIt() {
        browser.open("people.html");

        browser.waitForPage("login.html");
        String next = query(browser.driver().getCurrentUrl());
        assertEquals("next=people.html", next, "the login page knows where to go back to");
        assertTrue(browser.find(By.id("login-note")).isDisplayed(), "and says why it is shown");

        browser.submitLogin(BrowserSession.ADMIN.username(), BrowserSession.ADMIN.password());

        browser.waitForPage("people.html");
        browser.until("the people table never loaded",
                () -> !browser.driver().findElements(By.cssSelector("#people-table[data-loaded]")).isEmpty());
    }

    @Test
    void aTokenTheServerNoLongerAcceptsIsForgottenAndLeadsToTheLoginPage() {
        browser.open("login.html");
        browser.setToken("expired.or.forged");

        browser.open("index.html");

        browser.waitForPage("login.html");
        assertEquals("next=index.html", query(browser.driver().getCurrentUrl()));
        assertNull(browser.token(), "the refused token is gone");
    }

    @Test
    void signingOutForgetsTheTokenSoThatTheNextPageAsksForALoginAgain() {
        browser.signInThroughLoginPage("", BrowserSession.VIEWER);
        browser.until("the header never gave the role",
                () -> "区级查看员 · 清源区".equals(browser.find(By.id("signed-in-role")).getText()));
        assertFalse(browser.find(By.id("nav-people")).isDisplayed(), "a district viewer manages nobody");

        browser.find(By.id("logout")).click();

        browser.waitForPage("login.html");
        assertNull(browser.token(), "signing out forgets the token");
        browser.open("index.html");
        browser.waitForPage("login.html");
    }

    @Test
    void theLoginPageSpeaksChineseAndSwitchesToEnglish() {
        browser.open("login.html");
        assertEquals("登录", browser.find(By.id("login-submit")).getText());

        browser.find(By.id("language-switch")).click();

        assertEquals("Sign in", browser.find(By.id("login-submit")).getText());
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.find(By.id("language-switch")).click();
        assertEquals("登录", browser.find(By.id("login-submit")).getText());
    }

    private static String query(String url) {
        return URI.create(url).getRawQuery();
    }
}
