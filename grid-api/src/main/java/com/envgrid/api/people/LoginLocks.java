package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which clients must wait before trying an account's password again ({@link LockoutPolicy}), and an
 * administrator's unlock, which forgets every client's failures on the account.
 */
@Singleton
class LoginLocks {
    private final LoginFailureRows failures;
    private final PersonRows people;
    private final LockoutPolicy policy;
    private final Audit audit;
    private final Clock clock;

    LoginLocks(LoginFailureRows failures, PersonRows people, LockoutPolicy policy, Audit audit, Clock clock) {
        this.failures = failures;
        this.people = people;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    boolean locked(long personId, String client) {
        return failures.findLockedUntil(personId, client, clock.instant()).isPresent();
    }

    @Transactional
    void failed(long personId, String client) {
        Instant now = clock.instant();
        failures.countFailure(personId, client, now, now.minus(LockoutPolicy.MEMORY));
        policy.lockAfter(failures.findFailures(personId, client))
                .ifPresent(lock -> failures.lock(personId, client, now.plus(lock)));
    }

    void succeeded(long personId, String client) {
        failures.forget(personId, client);
    }

    /** The people some client is waiting to try again on. */
    Set<Long> lockedPeople() {
        return new HashSet<>(failures.findLockedPersonIds(clock.instant()));
    }

    /** Lets every client try {@code personId}'s password again at once, as {@code actor} asked at {@code at}. */
    @Transactional
    void unlock(Actor actor, Instant at, long personId) {
        PersonRow person = people.findById(personId).orElseThrow(() -> new NotFound("no person with id " + personId));
        boolean wasLocked = failures.findLockedPersonIds(at).contains(personId);
        int forgotten = failures.forgetAll(personId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("username", person.username());
        before.put("locked", wasLocked);
        before.put("clients_with_failures", forgotten);
        audit.record(actor, at, "unlock", "person", String.valueOf(personId), before,
                Map.of("username", person.username(), "locked", false, "clients_with_failures", 0));
    }
}
