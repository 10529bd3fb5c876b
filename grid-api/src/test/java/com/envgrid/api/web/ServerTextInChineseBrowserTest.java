package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Chinese UI says the server's refusals in Chinese, from each problem's code, and never shows the English
 * detail meant for API clients: a wrong password on the login page, a refused person on the people form.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.port", value = "-1")
class ServerTextInChineseBrowserTest extends BrowserTestBase {

    @Test
    void a_wrong_password_is_refused_in_chinese() throws IOException {
        openBrowser().open("login.html");
        browser.submitLogin("nobody-here", "wrong-password-1");
        WebElement error = browser.find(By.id("login-error"));
        browser.until("the refusal is shown", error::isDisplayed);
        assertEquals("用户名或密码错误。连续多次失败后需等待几分钟才能再试", error.getText());
        browser.screenshot("login-refused-zh.png");
    }

    @Test
    void the_people_form_says_what_the_server_refused_in_chinese_beside_each_field() throws IOException {
        openBrowser().signInAt("people.html",
                new BrowserSession.Account(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        WebElement form = browser.find(By.id("person-form"));
        browser.until("the form is offered", form::isDisplayed);
        browser.find(By.id("person-name")).sendKeys("王五");
        browser.find(By.id("person-username")).sendKeys("W");
        browser.find(By.id("person-password")).sendKeys("short");
        new Select(browser.find(By.id("person-role"))).selectByValue("supervisor");
        browser.find(By.id("person-submit")).click();

        browser.until("the refusal is shown beside the password",
                () -> !browser.driver().findElements(By.id("person-password-error")).isEmpty());
        assertEquals("密码至少 10 个字符，且不超过 72 字节（约 24 个汉字）",
                browser.find(By.id("person-password-error")).getText());
        assertEquals("用户名为 3 至 32 个字符，可用 a-z、0-9、_ . -",
                browser.find(By.id("person-username-error")).getText());
        String status = browser.find(By.id("people-status")).getText();
        assertTrue(status.contains("提交的内容有误"), status);
        assertFalse(status.matches(".*[A-Za-z]{4,}.*"), "no English words from the server: " + status);
        browser.screenshot("people-form-refused-zh.png");
    }
}
