package com.envgrid.api.people;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * How long one client waits after failed logins on one account: nothing for the first {@code maxFailures − 1},
 * then {@code firstLock} (1 minute), doubling with each further failure, capped at {@code maxLock} (1 hour). A
 * person who mistypes waits a minute; a client guessing gets a few dozen tries a day; nobody elsewhere is affected.
 */
@Singleton
class LockoutPolicy {
    /** Failures more than a day apart are not counted together. */
    static final Duration MEMORY = Duration.ofDays(1);
    private final int maxFailures;
    private final Duration firstLock;
    private final Duration maxLock;

    LockoutPolicy(LoginSettings settings) {
        this.maxFailures = Math.max(1, settings.maxFailures());
        this.firstLock = Duration.ofMinutes(Math.max(1, settings.lockMinutes()));
        this.maxLock = Duration.ofMinutes(Math.max(settings.lockMinutes(), settings.maxLockMinutes()));
    }

    /** The wait after the {@code failures}-th consecutive failure, if any. */
    Optional<Duration> lockAfter(int failures) {
        if (failures < maxFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - maxFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
}
