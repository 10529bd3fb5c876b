package com.envgrid.api.people;

import com.envgrid.api.access.AccessScopes;
import com.envgrid.api.access.TouchesGrid;
import com.envgrid.api.access.GridOf;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.ClientAddresses;
import com.envgrid.api.shared.NotFound;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * People and assignments: administrators manage everyone (a district's administrators the people of their district);
 * grid chiefs assign supervisors in their grid.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PeopleController {
    private final People people;
    private final AccessScopes scopes;
    private final LoginLocks locks;
    private final Clock clock;

    private final AccountPasswords passwords;
    private final ClientAddresses clients;

    PeopleController(People people, AccessScopes scopes, LoginLocks locks, Clock clock, AccountPasswords passwords,
                     ClientAddresses clients) {
        this.people = people;
        this.scopes = scopes;
        this.locks = locks;
        this.clock = clock;
        this.passwords = passwords;
        this.clients = clients;
    }

    /**
     * Replaces the signed-in person's password, given the current one (204). The one route an account that must
     * change its password may use.
     */
    @Put("/me/password")
    @Status(HttpStatus.NO_CONTENT)
    void changePassword(@Body PeopleRequests.PasswordChange change, HttpRequest<?> request) {
        passwords.change(scopes.actor(), clock.instant(), clients.of(request), change);
    }

    /** A new password for the person, chosen by the platform and shown in this answer only; they replace it at sign-in. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record PasswordReset(long id, String username, String password) {
        @Override
        public String toString() {
            return "PasswordReset[" + username + "]"; // never the password
        }
    }

    @Post("/people/{id}/password-reset")
    @Secured("admin")
    PasswordReset resetPassword(@PathVariable long id, Authentication who) {
        people.managed(scopes.actor(), id);
        String password = passwords.reset(scopes.actor(), clock.instant(), id);
        return new PasswordReset(id, people.one(id, Audit.personId(who)).username(), password);
    }

    @Get("/me")
    PersonView me(Authentication who) {
        long id = Audit.personId(who);
        return people.one(id, id);
    }

    @Get("/people")
    List<PersonView> list(Authentication who) {
        return people.visible(Audit.personId(who));
    }

    @Get("/people/{id}")
    PersonView one(@PathVariable long id, Authentication who) {
        return people.one(id, Audit.personId(who));
    }

    @Post("/people")
    @Secured("admin")
    HttpResponse<PersonView> create(@Body PeopleRequests.NewPerson person) {
        PersonView created = people.create(scopes.actor(), clock.instant(), person);
        return HttpResponse.created(created, URI.create("/api/people/" + created.id()));
    }

    /** Replaces the person's phone and e-mail, by which notifications reach them. */
    @Put("/people/{id}/contact")
    @Secured("admin")
    PersonView setContact(@PathVariable long id, @Body PeopleRequests.Contact contact) {
        return people.setContact(scopes.actor(), clock.instant(), id, contact);
    }

    @Post("/people/{id}/deactivate")
    @Secured("admin")
    PersonView deactivate(@PathVariable long id) {
        return people.deactivate(scopes.actor(), clock.instant(), id);
    }

    /**
     * Binds the person's account to a district ({@code district}: its code or name) or, with none, to the whole city;
     * a district's administrators bind the people of their district to it only.
     */
    @Put("/people/{id}/district")
    @Secured("admin")
    PersonView bind(@PathVariable long id, @Body PeopleRequests.Binding binding) {
        return people.bind(scopes.actor(), clock.instant(), id, binding);
    }

    /** Lets every client try the person's password again at once (audited). */
    @Post("/people/{id}/unlock")
    @Secured("admin")
    PersonView unlock(@PathVariable long id, Authentication who) {
        people.managed(scopes.actor(), id);
        locks.unlock(scopes.actor(), clock.instant(), id);
        return people.one(id, Audit.personId(who));
    }

    @Post("/people/{id}/assignments")
    @Secured({"admin", "chief"})
    @TouchesGrid(value = "assignment", access = TouchesGrid.Access.WRITE)
    HttpResponse<PersonView.AssignmentView> assign(@PathVariable long id, @Body PeopleRequests.NewAssignment assignment) {
        return HttpResponse.created(people.assign(scopes.actor(), clock.instant(), id, assignment));
    }

    @Post("/assignments/{id}/release")
    @Secured({"admin", "chief"})
    @TouchesGrid(value = "id", via = AssignmentGrid.class, access = TouchesGrid.Access.WRITE)
    PersonView.AssignmentView release(@PathVariable long id, @Nullable @Body PeopleRequests.Release release) {
        return people.release(scopes.actor(), clock.instant(), id, release);
    }

    /** The grid an assignment is in. */
    @Singleton
    static class AssignmentGrid implements GridOf {
        private final AssignmentRows assignments;

        AssignmentGrid(AssignmentRows assignments) {
            this.assignments = assignments;
        }

        @Override
        public String gridCode(Object id) {
            return assignments.findById((Long) id).map(AssignmentRow::gridCode)
                    .orElseThrow(() -> new NotFound("no assignment with id " + id));
        }
    }
}
