package com.envgrid.api.people;

import com.envgrid.api.shared.DatabaseUnavailable;
import com.envgrid.api.shared.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthenticationException;
import io.micronaut.security.authentication.AuthenticationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * A refused login is a 401, except when the password could not be checked because the database is away: then
 * it is a 503 with Retry-After, so that nobody is told their right password is wrong. Micronaut turns whatever a
 * login provider throws into a refusal, and its bearer login handler passes on only the refusal's message, so
 * {@link Logins} reports the outage as a refusal with {@link DatabaseUnavailable#DETAIL} as its message, and that
 * message is what is recognised here.
 */
@Singleton
@Replaces(AuthenticationExceptionHandler.class)
class LoginRefusals extends AuthenticationExceptionHandler {
    LoginRefusals(ErrorResponseProcessor<?> errorResponseProcessor) {
        super(errorResponseProcessor);
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthenticationException exception) {
        if (DatabaseUnavailable.DETAIL.equals(exception.getMessage())) {
            return DatabaseUnavailable.response(request);
        }
        MutableHttpResponse<?> refused = super.handle(request, exception);
        return refused.body(Problem.of(HttpStatus.UNAUTHORIZED, PeopleCode.WRONG_CREDENTIALS, Map.of(),
                exception.getMessage(), request, null)).contentType(Problem.MEDIA_TYPE);
    }
}
