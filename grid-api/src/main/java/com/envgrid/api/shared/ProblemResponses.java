package com.envgrid.api.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.annotation.SerdeImport;
import com.envgrid.core.input.InputProblem;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Collectors;

/**
 * Turns every error the framework raises — unknown route, bad parameter, body too large, … — into an RFC 9457
 * problem, so that clients see one error format across the API.
 */
@Singleton
@SerdeImport(InputProblem.class)
@Replaces(ErrorResponseProcessor.class)
final class ProblemResponses implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        if (response.code() == HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
            // the framework's own 500s carry exception messages: logged, never shown
            String id = UnexpectedFailureHandler.newRequestId();
            LOG.error("request {}: {} {} failed: {}", id, context.getRequest().getMethodName(),
                    context.getRequest().getPath(),
                    context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; ")));
            var internal = Problem.internalError(context.getRequest(), id);
            return response.body(internal.body()).contentType(Problem.MEDIA_TYPE);
        }
        String detail = context.hasErrors()
                ? context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "))
                : response.reason();
        Problem problem = new Problem(response.getStatus(), detail, context.getRequest().getPath(), null);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}
