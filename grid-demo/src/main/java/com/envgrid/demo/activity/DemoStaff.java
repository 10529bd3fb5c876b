package com.envgrid.demo.activity;

import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.people.People;
import com.envgrid.api.people.PeopleRequests;
import com.envgrid.api.people.PersonView;
import com.envgrid.api.people.Staffings;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.access.Post;
import com.envgrid.core.access.Role;
import com.envgrid.core.grid.Grid;
import com.envgrid.core.grid.GridLayer;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static com.envgrid.core.access.Actor.SYSTEM;

/**
 * The demo's staff: a grid chief for every first-level grid and a supervisor for every second-level grid but two,
 * left unstaffed on purpose, all taking up their posts on the first day of the demo's year. They sign in as
 * {@code chief-<grid code>} and {@code sup-<grid code>} with the password {@value #PASSWORD}. Where someone else
 * takes up a post today — the demo accounts {@code chief} and {@code supervisor} start today in 云溪街道 — the
 * demo's holder hands it over to them.
 */
@Singleton
class DemoStaff {
    static final String PASSWORD = "Staff#2026demo";
    /** A village of 荷湾镇 and a cell of 清源生态农业示范园, for the map's "unstaffed" marking. */
    static final Set<String> UNSTAFFED = Set.of("320214005207", "320214402003");
    /** 13800000100 to 13800000199. */
    private static final long FIRST_PHONE = 13800000100L;

    private final People people;
    private final Staffings staffings;
    private final LiveGridLayer layer;
    private final Clock clock;

    DemoStaff(People people, Staffings staffings, LiveGridLayer layer, Clock clock) {
        this.people = people;
        this.staffings = staffings;
        this.layer = layer;
        this.clock = clock;
    }

    Cast hire(Timeline timeline, SplittableRandom random) {
        GridLayer grids = layer.layer();
        List<Grid> posts = new ArrayList<>(grids.firstLevel());
        grids.tier(2).stream().filter(g -> !UNSTAFFED.contains(g.code())).forEach(posts::add);
        Set<String> names = new HashSet<>();
        List<PeopleRequests.NewPerson> requests = new ArrayList<>();
        for (Grid grid : posts) {
            String name = Names.person(random);
            while (!names.add(name)) {
                name = Names.person(random);
            }
            Role role = grid.level().isFirstLevel() ? Role.CHIEF : Role.SUPERVISOR;
            String username = (role == Role.CHIEF ? "chief-" : "sup-") + grid.code();
            requests.add(new PeopleRequests.NewPerson(name, username, PASSWORD,
                    String.valueOf(FIRST_PHONE + requests.size()), role.key()));
        }
        List<PersonView> hired = people.createAll(SYSTEM, timeline.opening(), requests);
        List<Cast.Appointment> cast = new ArrayList<>();
        for (int i = 0; i < hired.size(); i++) {
            PersonView person = hired.get(i);
            Role role = Role.parse(person.role()).orElseThrow();
            Post post = Post.parse(person.role()).orElseThrow();
            String gridCode = posts.get(i).code();
            var assignment = people.assign(SYSTEM, timeline.opening(), person.id(),
                    new PeopleRequests.NewAssignment(gridCode, post.key(), timeline.start()));
            // the scope their post gives them all year: it ends only today, when some posts are handed over
            var held = new Assignment(assignment.id(), person.id(), gridCode, post, timeline.start(), null);
            var actor = new Actor(person.id(), person.username(), GridScope.of(role, List.of(held), grids));
            cast.add(new Cast.Appointment(new Player(actor), gridCode, post, assignment.id()));
        }
        return new Cast(grids, cast);
    }

    /** Ends today the posts of the cast that someone else takes up today. */
    void handOver(Cast cast, Timeline timeline) {
        Set<String> takenOver = new HashSet<>();
        for (Assignment a : staffings.activeOn(timeline.today())) {
            if (cast.byId(a.personId()) == null) {
                takenOver.add(a.post() + " " + a.gridCode());
            }
        }
        cast.posts().stream().filter(p -> takenOver.contains(p.post() + " " + p.gridCode()))
                .forEach(p -> people.release(SYSTEM, clock.instant(), p.assignmentId(),
                        new PeopleRequests.Release(timeline.today())));
    }
}
