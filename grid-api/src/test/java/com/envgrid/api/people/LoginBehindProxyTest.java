package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Behind a proxy the operator trusts, its X-Forwarded-For names the client: someone guessing the administrator's
 * password from one address makes that address wait, while the administrator signs in from theirs.
 */
@MicronautTest(transactional = false)
@Property(name = "envgrid.logins.max-failures", value = "3")
@Property(name = "envgrid.clients.trusted-proxies", value = "127.0.0.1,::1")
class LoginBehindProxyTest extends ApiTestBase {
    private int loginFrom(String forwardedFor, String password) {
        return ApiClient.anonymous(http).exchange(HttpRequest.POST("/login", "{\"username\":\"" + ApiClient.ADMIN
                        + "\",\"password\":\"" + password + "\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("X-Forwarded-For", forwardedFor)).status();
    }

    @Test
    void failures_from_one_client_never_lock_the_administrator_out_from_another() {
        for (int i = 0; i < 10; i++) {
            // the guesser's own forged entry comes first; the proxy appends the address it really came from
            loginFrom("10.9.9." + i + ", 203.0.113.7", "guess-" + i + "-guess");
        }
        assertEquals(401, loginFrom("203.0.113.7", ApiClient.ADMIN_PASSWORD), "the guessing client waits");
        assertEquals(200, loginFrom("198.51.100.2", ApiClient.ADMIN_PASSWORD), "the administrator does not");
    }
}
