package com.envgrid.api.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/**
 * The router's refusals of a media type as problems that say what would do, in {@code params.accepted} (the media
 * types joined by ", ") and in the detail: 406 when no type the route answers in is in the request's Accept, 415
 * when the route does not read the body's Content-Type.
 */
final class MediaTypeRefusals {
    private MediaTypeRefusals() {
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class NotAcceptable implements ExceptionHandler<NotAcceptableException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotAcceptableException e) {
            String accepted = sorted(e.getProduceableContentTypes());
            return Problem.response(HttpStatus.NOT_ACCEPTABLE, ApiCode.NOT_ACCEPTABLE, Map.of("accepted", accepted),
                    "this answers in " + accepted + ", none of which the Accept header (" + request.getHeaders()
                            .get("Accept") + ") admits: ask for one of them, or */*", request, null);
        }
    }

    @Produces(Problem.MEDIA_TYPE)
    @Singleton
    static final class Unsupported implements ExceptionHandler<UnsupportedMediaException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsupportedMediaException e) {
            String accepted = sorted(e.getAcceptableContentTypes());
            return Problem.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiCode.UNSUPPORTED_MEDIA_TYPE,
                    Map.of("accepted", accepted), "a body of type " + e.getContentType() + " is not read here: send "
                            + "one of " + accepted, request, null);
        }
    }

    private static String sorted(Collection<String> types) {
        return String.join(", ", new TreeSet<>(types));
    }
}
