package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Checks a username and password for {@code POST /login}. After {@code maxFailures} consecutive failures the
 * account is locked for {@code lockMinutes}; a success resets the count. Deactivated accounts cannot log in.
 * Unknown usernames take as long as wrong passwords, and every failure says the same, so that nobody can probe
 * which usernames exist.
 */
@Singleton
class Logins<B> implements HttpRequestAuthenticationProvider<B> {
    private static final String WRONG = "wrong username or password";

    private final PersonRows people;
    private final PasswordHashing passwords;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;

    Logins(PersonRows people, PasswordHashing passwords, Clock clock,
           @Value("${envgrid.logins.max-failures:5}") int maxFailures,
           @Value("${envgrid.logins.lock-minutes:15}") int lockMinutes) {
        this.people = people;
        this.passwords = passwords;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> login) {
        String username = login.getIdentity() == null ? "" : login.getIdentity().trim();
        String password = login.getSecret() == null ? "" : login.getSecret();
        var found = people.findByUsername(username);
        if (found.isEmpty() || !found.get().active()) {
            passwords.spendTimeOnUnknownUser(password);
            return AuthenticationResponse.failure(WRONG);
        }
        PersonRow person = found.get();
        Instant now = clock.instant();
        if (person.lockedUntil() != null && now.isBefore(person.lockedUntil())) {
            long minutes = Math.max(1, Duration.between(now, person.lockedUntil()).toMinutes());
            return AuthenticationResponse.failure("the account is locked after " + maxFailures
                    + " failed logins; try again in " + minutes + " minute(s)");
        }
        if (!passwords.matches(password, person.passwordHash())) {
            int failures = person.failedLogins() + 1;
            boolean locks = failures >= maxFailures;
            people.updateLoginState(person.id(), locks ? 0 : failures, locks ? now.plus(lock) : null);
            return AuthenticationResponse.failure(locks ? "the account is now locked for " + lock.toMinutes()
                    + " minutes after " + maxFailures + " failed logins" : WRONG);
        }
        if (person.failedLogins() > 0 || person.lockedUntil() != null) {
            people.updateLoginState(person.id(), 0, null);
        }
        return AuthenticationResponse.success(person.username(), List.of(person.role()),
                Map.of(Audit.PERSON_ID, person.id(), "name", person.name()));
    }
}
