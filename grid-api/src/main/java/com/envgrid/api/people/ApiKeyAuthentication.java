package com.envgrid.api.people;

import com.envgrid.api.shared.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.bearer.BearerTokenConfiguration;
import io.micronaut.security.token.bearer.BearerTokenReader;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Signs a request in with a personal API key ({@link ApiKeys}), presented in one of three ways:
 * <ul>
 * <li>{@code Authorization: Bearer egk_…} — a bearer that is not a key is left to the login tokens (JWT);</li>
 * <li>HTTP Basic, the person's username and the key as the password, for clients that speak nothing else (QGIS,
 * GDAL). Only when the request sends it: nothing answers with a Basic challenge ({@code WWW-Authenticate}), on
 * /api or /ogc, since a browser would then pop up its own password dialog; such clients send Basic unasked
 * ({@code GDAL_HTTP_AUTH=BASIC}, a QGIS "Basic" authentication);</li>
 * <li>{@code ?apikey=egk_…}, for clients that cannot set a header (see the README for what that risks).</li>
 * </ul>
 * A key presented that opens nothing — wrong, revoked, expired, or not the Basic username's — is a 401 problem
 * {@code api_key.invalid} that does not say which, also on routes open to anonymous callers: a GIS client told
 * nothing would show the public data as if it were all.
 */
@Singleton
class ApiKeyAuthentication implements AuthenticationFetcher<HttpRequest<?>> {
    static final String QUERY_PARAMETER = "apikey";
    private static final String BEARER = "Bearer ";
    private static final String BASIC = "Basic ";

    private final ApiKeys keys;
    private final Clock clock;
    private final ExecutorService blocking;

    ApiKeyAuthentication(ApiKeys keys, Clock clock, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.keys = keys;
        this.clock = clock;
        this.blocking = blocking;
    }

    /** A key as the request presents it, with the username that HTTP Basic names beside it. */
    private record Presented(String key, @Nullable String username) {
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<Presented> presented = presented(request);
        if (presented.isEmpty()) {
            return Publishers.empty();
        }
        // the database is asked off the event loop
        return Publishers.fromCompletableFuture(() -> {
            CompletableFuture<Authentication> signedIn = new CompletableFuture<>();
            blocking.execute(() -> {
                try {
                    signedIn.complete(keys.authenticate(presented.get().key(), presented.get().username(),
                            clock.instant()).orElseThrow(WrongApiKey::new));
                } catch (RuntimeException e) {
                    signedIn.completeExceptionally(e);
                }
            });
            return signedIn;
        });
    }

    private static Optional<Presented> presented(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (authorization != null && startsWithIgnoringCase(authorization, BEARER)) {
            String token = authorization.substring(BEARER.length()).strip();
            return ApiKeys.looksLikeKey(token) ? Optional.of(new Presented(token, null)) : Optional.empty();
        }
        if (authorization != null && startsWithIgnoringCase(authorization, BASIC)) {
            return Optional.of(basic(authorization.substring(BASIC.length()).strip()));
        }
        return request.getParameters().getFirst(QUERY_PARAMETER).map(key -> new Presented(key, null));
    }

    /** username:key; what cannot be read as that is a key that opens nothing. */
    private static Presented basic(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new Presented("", null)
                    : new Presented(decoded.substring(colon + 1), decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return new Presented("", null);
        }
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Before the login tokens, which never see a key ({@link LoginTokens}). */
    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER - 1;
    }

    /** The bearer login tokens (JWT) of the Authorization header: a key there is none, and goes to no JWT validator. */
    @Singleton
    @Replaces(BearerTokenReader.class)
    static final class LoginTokens extends BearerTokenReader {
        LoginTokens(BearerTokenConfiguration configuration) {
            super(configuration);
        }

        @Override
        public Optional<String> findToken(HttpRequest<?> request) {
            return super.findToken(request).filter(token -> !ApiKeys.looksLikeKey(token.strip()));
        }
    }

    /** A presented key that opens nothing. */
    static final class WrongApiKey extends RuntimeException {
        WrongApiKey() {
            super("this API key is not valid: it is wrong, revoked or expired, or not this user's", null, false, false);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class WrongApiKeyHandler implements ExceptionHandler<WrongApiKey, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, WrongApiKey e) {
            return Problem.response(HttpStatus.UNAUTHORIZED, ApiKeyCode.INVALID, Map.of(), e.getMessage(), request,
                    null);
        }
    }
}
