package com.envgrid.core.joint;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamTest {
    private static final Team TEAM = new Team(List.of(new Team.Member(1, "eco", true),
            new Team.Member(2, "housing", false)));

    @Test
    void a_team_has_one_leader_and_each_person_once() {
        assertTrue(Team.problems(TEAM.members(), "/members").isEmpty());
        assertEquals("/members", Team.problems(List.of(new Team.Member(1, "eco", false)), "/members").get(0)
                .pointer(), "no leader");
        assertEquals(1, Team.problems(List.of(new Team.Member(1, "eco", true), new Team.Member(2, "eco", true)),
                "/members").size(), "two leaders");
        assertEquals("/members/1/person_id", Team.problems(List.of(new Team.Member(1, "eco", true),
                new Team.Member(1, "urban", false)), "/members").get(0).pointer());
        assertEquals(1, Team.problems(List.of(), "/members").size());
    }

    @Test
    void a_member_records_under_their_own_department_only() {
        assertEquals(new Team.Recording(Team.Recording.Outcome.RECORDS, "housing"), TEAM.recording(2, false, null));
        assertEquals(new Team.Recording(Team.Recording.Outcome.RECORDS, "housing"),
                TEAM.recording(2, true, "housing"));
        assertEquals(Team.Recording.Outcome.NOT_OWN_DEPARTMENT, TEAM.recording(2, true, "eco").outcome(),
                "an administrator on the team records as a member");
    }

    @Test
    void only_administrators_record_from_outside_the_team_naming_the_department() {
        assertEquals(Team.Recording.Outcome.NOT_ON_TEAM, TEAM.recording(3, false, "eco").outcome());
        assertEquals(Team.Recording.Outcome.DEPARTMENT_NEEDED, TEAM.recording(3, true, null).outcome());
        assertEquals(new Team.Recording(Team.Recording.Outcome.RECORDS, "urban"), TEAM.recording(3, true, "urban"));
    }
}
