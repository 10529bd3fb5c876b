package com.envgrid.api.people;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database itself refuses an API key the platform would never store — a key in the clear where its hash goes, a
 * prefix that is more than a glimpse of the key, a revocation without its revoker, an expiry before the key was made,
 * a second key of the same hash — so that a bug cannot store one.
 */
@MicronautTest(transactional = false)
class ApiKeySchemaTest extends ApiTestBase {
    private static final String HASH = "'" + "a".repeat(64) + "'";
    /** An insert of a valid key with {@code %s} for label, prefix, hash, expires_at, revoked_at and revoked_by. */
    private static final String INSERT = "INSERT INTO api_key (person_id, label, prefix, hash, created_at, created_by,"
            + " expires_at, revoked_at, revoked_by) VALUES ((SELECT id FROM person WHERE username = 'root'), %s, %s, %s,"
            + " TIMESTAMPTZ '2026-12-01 08:00+08', (SELECT id FROM person WHERE username = 'root'), %s, %s, %s)";

    @BeforeEach
    void noKeys() throws SQLException {
        emptyLayer.startOver(ApiClient.asAdmin(http));
    }

    @Test
    void a_key_as_the_platform_stores_it_is_taken() {
        assertDoesNotThrow(() -> sql.execute(INSERT.formatted("'QGIS'", "'egk_Ab3-Ef_h'", HASH,
                "TIMESTAMPTZ '2027-01-01 00:00+08'", "now()", "(SELECT id FROM person WHERE username = 'root')")));
        assertEquals(1, sql.count("SELECT count(*) FROM api_key WHERE NOT writes"), "read-only unless told");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "an empty label|''|'egk_Ab3dEf9h'|HASH|null|null|null|23514",
            "a label of 51 characters|repeat('x', 51)|'egk_Ab3dEf9h'|HASH|null|null|null|23514",
            "the whole key as its prefix|'egk_Ab3dEf9h'|'egk_Ab3dEf9hAb3dEf9hAb3dEf9hAb3dEf9hAb3dEf9hAb3'|HASH|null|null|null|23514",
            "a prefix without egk_|'x'|'abcdefghijkl'|HASH|null|null|null|23514",
            "the key where its hash goes|'x'|'egk_Ab3dEf9h'|'egk_Ab3dEf9hAb3dEf9hAb3dEf9hAb3dEf9hAb3dEf9hAb3'|null|null|null|23514",
            "an upper-case hash|'x'|'egk_Ab3dEf9h'|upper(HASH)|null|null|null|23514",
            "an expiry before it was made|'x'|'egk_Ab3dEf9h'|HASH|TIMESTAMPTZ '2026-11-30 00:00+08'|null|null|23514",
            "a revocation without its revoker|'x'|'egk_Ab3dEf9h'|HASH|null|now()|null|23514",
            "a revoker without a revocation|'x'|'egk_Ab3dEf9h'|HASH|null|null|(SELECT min(id) FROM person)|23514",
            "a revoker nobody is|'x'|'egk_Ab3dEf9h'|HASH|null|now()|-1|23503"})
    void a_key_the_platform_would_never_store_is_refused(String what, String label, String prefix, String hash,
                                                           String expiresAt, String revokedAt, String revokedBy,
                                                           String state) {
        var refused = assertThrows(SQLException.class, () -> sql.execute(INSERT.formatted(label, prefix,
                hash.replace("HASH", HASH), expiresAt, revokedAt, revokedBy)), what);
        assertEquals(state, refused.getSQLState(), refused.getMessage());
        assertTrue(refused.getMessage().contains("api_key"), refused.getMessage());
        assertEquals(0, sql.count("SELECT count(*) FROM api_key"));
    }

    @Test
    void two_keys_of_one_hash_are_refused() throws SQLException {
        sql.execute(INSERT.formatted("'a'", "'egk_Ab3dEf9h'", HASH, "null", "null", "null"));
        var refused = assertThrows(SQLException.class,
                () -> sql.execute(INSERT.formatted("'b'", "'egk_Ab3dEf9h'", HASH, "null", "null", "null")));
        assertEquals("23505", refused.getSQLState(), refused.getMessage());
        assertTrue(refused.getMessage().contains("api_key_hash_key"), refused.getMessage());
    }
}
