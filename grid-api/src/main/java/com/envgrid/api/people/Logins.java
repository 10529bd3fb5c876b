package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.ClientAddresses;
import com.envgrid.api.shared.DatabaseUnavailable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Checks a username and password for {@code POST /login}. A client that keeps failing on an account waits before
 * its next try ({@link LockoutPolicy}); other clients are not affected, so nobody can lock an administrator out
 * from elsewhere. Deactivated accounts cannot log in. An unknown username, a wrong password, a deactivated account
 * and a client made to wait all get the same answer after the same bcrypt work, so that nobody can probe which
 * usernames exist or which accounts are being guessed at.
 */
@Singleton
class Logins<B> implements HttpRequestAuthenticationProvider<B> {
    private static final String WRONG = "wrong username or password";

    private final PersonRows people;
    private final PasswordHashing passwords;
    private final LoginLocks locks;
    private final ClientAddresses clients;

    Logins(PersonRows people, PasswordHashing passwords, LoginLocks locks, ClientAddresses clients) {
        this.people = people;
        this.passwords = passwords;
        this.locks = locks;
        this.clients = clients;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> login) {
        try {
            return check(request, login);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return AuthenticationResponse.failure(DatabaseUnavailable.DETAIL); // LoginRefusals: a 503
            }
            throw e;
        }
    }

    private AuthenticationResponse check(@Nullable HttpRequest<B> request, AuthenticationRequest<String, String> login) {
        String username = login.getIdentity() == null ? "" : login.getIdentity().trim();
        String password = login.getSecret() == null ? "" : login.getSecret();
        var found = people.findByUsername(username);
        if (found.isEmpty() || !found.get().active()) {
            passwords.spendTimeOnUnknownUser(password);
            return AuthenticationResponse.failure(WRONG);
        }
        PersonRow person = found.get();
        String client = request == null ? "" : clients.of(request);
        if (locks.locked(person.id(), client)) {
            passwords.spendTimeOnUnknownUser(password);
            return AuthenticationResponse.failure(WRONG);
        }
        if (!passwords.matches(password, person.passwordHash())) {
            locks.failed(person.id(), client);
            return AuthenticationResponse.failure(WRONG);
        }
        locks.succeeded(person.id(), client);
        return AuthenticationResponse.success(person.username(), List.of(person.role()),
                Map.of(Audit.PERSON_ID, person.id(), "name", person.name()));
    }
}
