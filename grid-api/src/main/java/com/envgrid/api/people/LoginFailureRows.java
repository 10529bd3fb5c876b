package com.envgrid.api.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Failed logins per (person, client); see {@link LoginLocks}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRows extends GenericRepository<PersonRow, Long> {
    @Query("SELECT locked_until FROM login_failure WHERE person_id = :personId AND client = :client AND locked_until > :now")
    Optional<Instant> findLockedUntil(long personId, String client, Instant now);

    /** One more failure — or the first again when the last was before {@code forgetBefore}; row-locked until commit. */
    @Query("""
            INSERT INTO login_failure (person_id, client, failures, last_failed_at) VALUES (:personId, :client, 1, :now)
            ON CONFLICT (person_id, client) DO UPDATE SET last_failed_at = EXCLUDED.last_failed_at,
                failures = CASE WHEN login_failure.last_failed_at < :forgetBefore THEN 1 ELSE login_failure.failures + 1 END""")
    void countFailure(long personId, String client, Instant now, Instant forgetBefore);

    @Query("SELECT failures FROM login_failure WHERE person_id = :personId AND client = :client")
    int findFailures(long personId, String client);

    @Query("UPDATE login_failure SET locked_until = :until WHERE person_id = :personId AND client = :client")
    void lock(long personId, String client, Instant until);

    @Query("DELETE FROM login_failure WHERE person_id = :personId AND client = :client")
    void forget(long personId, String client);

    @Query("DELETE FROM login_failure WHERE person_id = :personId")
    int forgetAll(long personId);

    @Query("SELECT DISTINCT person_id FROM login_failure WHERE locked_until > :now")
    List<Long> findLockedPersonIds(Instant now);
}
