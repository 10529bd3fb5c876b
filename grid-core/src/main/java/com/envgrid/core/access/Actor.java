package com.envgrid.core.access;

import java.util.Objects;

/**
 * Who issues a command: a signed-in person (their id, login name and grid scope), or the platform itself
 * ({@link #SYSTEM}: scheduled work, start-up). Commands take the actor and the moment explicitly, so that the rules
 * read neither an ambient request nor a clock, and a replayed or scheduled command is the same call as a live one.
 */
public record Actor(Long personId, String name, GridScope scope) {
    /** The platform acting on its own: reaches every grid, audited as "system". */
    public static final Actor SYSTEM = new Actor(null, "system", GridScope.everything());

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
    }

    /** The person's id; a command that needs a person (an inspection, a case step) refuses the platform itself. */
    public long person() {
        if (personId == null) {
            throw new IllegalStateException("this command needs a person, not " + name);
        }
        return personId;
    }

    public Role role() {
        return scope.role();
    }
}
