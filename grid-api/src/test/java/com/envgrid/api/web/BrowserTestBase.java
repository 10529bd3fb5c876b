package com.envgrid.api.web;

import com.envgrid.api.ApiClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;

/**
 * What every browser test stands on: the server whose pages it opens, a client for preparing and checking through the
 * API, and the test's own browser, closed after each test (further browsers a test opens, it closes itself). Each
 * test class keeps its own {@code @MicronautTest} and {@code @Property} annotations.
 */
abstract class BrowserTestBase {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    /** The test's browser once {@link #openBrowser()} opened it. */
    BrowserSession browser;

    BrowserSession openBrowser() throws IOException {
        browser = BrowserSession.open(server);
        return browser;
    }

    /** The API as the account sees it. */
    ApiClient signedIn(BrowserSession.Account account) {
        return ApiClient.signedIn(http, account.username(), account.password());
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
