package com.envgrid.api.people;

import com.envgrid.core.access.Assignment;
import com.envgrid.core.access.Post;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("assignment")
record AssignmentRow(@Id @GeneratedValue @Nullable Long id, long personId, String gridCode, String duty,
                     LocalDate startsOn, @Nullable LocalDate endsOn, Instant createdAt) {

    Assignment assignment() {
        return assignment(id, personId, gridCode, duty, startsOn, endsOn);
    }

    /** An assignment as its row stores it (the post by its stored name). */
    static Assignment assignment(long id, long personId, String gridCode, String duty, LocalDate startsOn,
                                 @Nullable LocalDate endsOn) {
        return new Assignment(id, personId, gridCode, Post.parse(duty).orElseThrow(), startsOn, endsOn);
    }
}
