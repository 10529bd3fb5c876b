package com.envgrid.api.people;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.InitialPassword;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Passwords after an account exists: the person replaces theirs (which ends a forced change), an administrator resets
 * one to a password the platform chooses and shows once, which the person must then replace at their next sign-in.
 */
@Singleton
class AccountPasswords {
    private final PersonRows people;
    private final PasswordHashing passwords;
    private final LoginLocks locks;
    private final Audit audit;
    private final SecureRandom random = new SecureRandom();

    AccountPasswords(PersonRows people, PasswordHashing passwords, LoginLocks locks, Audit audit) {
        this.people = people;
        this.passwords = passwords;
        this.locks = locks;
        this.audit = audit;
    }

    /** A password the platform chooses (see {@link InitialPassword}). */
    String initialPassword() {
        return InitialPassword.next(random);
    }

    /**
     * Replaces the signed-in person's password, given the current one: the same rules as a new account's, and not the
     * same as before. A wrong current password counts as a failed login of this client (its lockout applies), so the
     * route cannot be used to guess passwords faster than the login.
     */
    void change(Actor actor, Instant at, String client, PeopleRequests.PasswordChange request) {
        long id = actor.person();
        PersonRow person = people.findById(id).orElseThrow(() -> new NotFound("no person with id " + id));
        String current = request.currentPassword() == null ? "" : request.currentPassword();
        if (locks.locked(id, client)) {
            passwords.spendTimeOnUnknownUser(current);
            throw wrongCurrent();
        }
        if (!passwords.matches(current, person.passwordHash())) {
            locks.failed(id, client);
            throw wrongCurrent();
        }
        List<InputProblem> problems = new ArrayList<>();
        People.checkPassword("/new_password", request.newPassword(), person.username(), problems);
        if (problems.isEmpty() && request.newPassword().equals(current)) {
            problems.add(new InputProblem("/new_password", "the new password is the current one",
                    PeopleCode.PASSWORD_UNCHANGED, Map.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the password cannot be changed to this", problems);
        }
        locks.succeeded(id, client);
        store(actor, at, person, passwords.hash(request.newPassword()), false, "change_password");
    }

    private static InvalidInput wrongCurrent() {
        return new InvalidInput("the current password is wrong", List.of(new InputProblem("/current_password",
                "this is not your current password", PeopleCode.WRONG_CURRENT_PASSWORD, Map.of())));
    }

    /** Gives an active account a new password chosen by the platform, returned once; the person must replace it. */
    String reset(Actor actor, Instant at, long id) {
        PersonRow person = people.findById(id).orElseThrow(() -> new NotFound("no person with id " + id));
        if (!person.active()) {
            throw new Conflict("person " + id + " is deactivated");
        }
        String password = initialPassword();
        store(actor, at, person, passwords.hash(password), true, "reset_password");
        return password;
    }

    @Transactional
    void store(Actor actor, Instant at, PersonRow person, String hash, boolean mustChange, String action) {
        people.setPassword(person.id(), hash, mustChange);
        audit.record(actor, at, action, "person", String.valueOf(person.id()), null,
                Map.of("username", person.username(), "must_change_password", mustChange));
    }
}
