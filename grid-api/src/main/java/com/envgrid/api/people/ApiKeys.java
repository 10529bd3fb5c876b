package com.envgrid.api.people;

import com.envgrid.api.shared.Sha256;
import com.envgrid.api.audit.Audit;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal API keys: a person (or an administrator for them) makes one for a GIS client that cannot sign in with a
 * browser; it acts as that person, read-only unless made for writing, until it expires or is revoked. A key is
 * {@code egk_} and 32 random bytes in base64url, shown once when it is made; only its SHA-256 and its first 12
 * characters (to recognise it by) are kept. SHA-256 rather than bcrypt: 256 random bits cannot be guessed back from
 * their hash as a chosen password can, and a key is checked on every request, which a deliberately slow hash would
 * slow down (and would let anyone with made-up keys spend the server's CPU).
 */
@Singleton
public class ApiKeys {
    /** The attribute of a key's authentication that holds the key's id. */
    public static final String KEY_ID = "api_key_id";
    /** The attribute of a key's authentication that says whether it may write (Boolean). */
    public static final String WRITES = "api_key_writes";
    static final String PREFIX = "egk_";
    private static final Pattern KEY = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final int SHOWN = 12;
    private static final int MAX_LABEL = 50;
    /** How long an expiry may lie ahead. */
    private static final int MAX_YEARS = 5;
    /** A key's last use is written at most this often, not on every request. */
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    private final ApiKeyRows keys;
    private final PersonRows people;
    private final Audit audit;
    private final DistrictTime time;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyRows keys, PersonRows people, Audit audit, DistrictTime time) {
        this.keys = keys;
        this.people = people;
        this.audit = audit;
        this.time = time;
    }

    /** What a request for a new key may say: a label, whether it may write (no), when it expires (never). */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record NewApiKey(@Nullable String label, @Nullable Boolean writes, @Nullable LocalDate expiresOn) {
    }

    /**
     * A key as its owner and administrators see it, never the key itself. {@code state}: active, expired or revoked;
     * {@code expires_at}: the end of the district day it was made to expire on.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record ApiKeyView(long id, long personId, String label, String prefix, boolean writes, String state,
                             Instant createdAt, long createdBy, @Nullable Instant expiresAt,
                             @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, @Nullable Long revokedBy) {
    }

    /** A key just made: the key itself, in this answer only, and the key as it will be listed. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record CreatedApiKey(String key, ApiKeyView apiKey) {
        @Override
        public String toString() {
            return "CreatedApiKey[" + apiKey.prefix() + "…]"; // never the key
        }
    }

    public List<ApiKeyView> of(long personId) {
        Instant now = time.now();
        return keys.findByPersonIdOrderById(personId).stream().map(row -> view(row, now)).toList();
    }

    /** Makes a key for an active person (audited); the answer is the one place the key is ever shown. */
    @Transactional
    public CreatedApiKey create(Actor actor, Instant at, long personId, NewApiKey request) {
        PersonRow person = people.findById(personId).orElseThrow(() -> new NotFound("no person with id " + personId));
        if (!person.active()) {
            throw new Conflict("person " + personId + " is deactivated");
        }
        String label = request.label() == null ? "" : request.label().strip();
        List<InputProblem> problems = new ArrayList<>();
        if (label.isEmpty() || label.length() > MAX_LABEL) {
            problems.add(new InputProblem("/label", "a label of 1 to " + MAX_LABEL + " characters is needed",
                    ApiKeyCode.LABEL, Map.of("limit", MAX_LABEL)));
        }
        LocalDate today = time.dateOf(at);
        LocalDate last = today.plusYears(MAX_YEARS);
        LocalDate expiresOn = request.expiresOn();
        if (expiresOn != null && (expiresOn.isBefore(today) || expiresOn.isAfter(last))) {
            problems.add(new InputProblem("/expires_on", "a key expires today at the earliest and on " + last
                    + " at the latest", InputCode.OUT_OF_RANGE, Map.of("min", today.toString(), "max", last.toString())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the API key cannot be made as asked", problems);
        }
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant expiresAt = expiresOn == null ? null : time.startOf(expiresOn.plusDays(1));
        ApiKeyRow row = keys.save(new ApiKeyRow(null, personId, label, key.substring(0, SHOWN), sha256(key),
                Boolean.TRUE.equals(request.writes()), at, actor.person(), expiresAt, null, null, null));
        audit.record(actor, at, "create", "api_key", String.valueOf(row.id()), null, auditView(row));
        return new CreatedApiKey(key, view(row, at));
    }

    /** Revokes one of the person's keys at once (audited); a key revoked already stays as it was. */
    @Transactional
    public ApiKeyView revoke(Actor actor, Instant at, long personId, long keyId) {
        ApiKeyRow row = keys.findById(keyId).filter(k -> k.personId() == personId)
                .orElseThrow(() -> new NotFound("no API key with id " + keyId + " of person " + personId));
        if (row.revokedAt() != null) {
            return view(row, at);
        }
        keys.revoke(keyId, at, actor.person());
        ApiKeyRow revoked = keys.findById(keyId).orElseThrow();
        audit.record(actor, at, "revoke", "api_key", String.valueOf(keyId), auditView(row), auditView(revoked));
        return view(revoked, at);
    }

    /**
     * The authentication a key gives at {@code now} — the same as its person's password login gives, plus
     * {@link #KEY_ID} and {@link #WRITES} —, or empty when the key is wrong, revoked or expired, or belongs to another
     * person than {@code username} (when one is named, as HTTP Basic does). Whether the person is still active is
     * {@link ActiveAccounts}' to say, as for a login token.
     */
    Optional<Authentication> authenticate(String key, @Nullable String username, Instant now) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Optional<ApiKeyRow> found = keys.findByHash(sha256(key)).filter(row -> row.worksAt(now));
        Optional<PersonRow> person = found.flatMap(row -> people.findById(row.personId()))
                .filter(p -> username == null || p.username().equals(username));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyRow row = found.get();
        Instant since = now.minus(USE_NOTED_EVERY);
        if (row.lastUsedAt() == null || row.lastUsedAt().isBefore(since)) {
            keys.used(row.id(), now, since);
        }
        PersonRow p = person.get();
        return Optional.of(Authentication.build(p.username(), List.of(p.role()), Map.of(Audit.PERSON_ID, p.id(),
                "name", p.name(), KEY_ID, row.id(), WRITES, row.writes())));
    }

    /** Whether a text has the form of a key (then it is no login token). */
    static boolean looksLikeKey(String text) {
        return text.startsWith(PREFIX);
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String key) {
        return Sha256.hex(key.getBytes(StandardCharsets.UTF_8));
    }

    private static ApiKeyView view(ApiKeyRow row, Instant now) {
        String state = row.revokedAt() != null ? "revoked" : row.worksAt(now) ? "active" : "expired";
        return new ApiKeyView(row.id(), row.personId(), row.label(), row.prefix(), row.writes(), state,
                row.createdAt(), row.createdBy(), row.expiresAt(), row.lastUsedAt(), row.revokedAt(), row.revokedBy());
    }

    private static Map<String, Object> auditView(ApiKeyRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("person_id", row.personId());
        view.put("label", row.label());
        view.put("prefix", row.prefix());
        view.put("writes", row.writes());
        view.put("expires_at", row.expiresAt());
        view.put("revoked_at", row.revokedAt());
        return view;
    }
}
