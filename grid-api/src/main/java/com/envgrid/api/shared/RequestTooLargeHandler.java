package com.envgrid.api.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * A body over the server's own limit: a 413 problem that names the setting to raise. The largest body the platform
 * takes is a grid layer's boundary file, so the server's limits follow the grid import's,
 * {@code envgrid.grids.max-import-size} ({@code ENVGRID_GRIDS_MAX_IMPORT_SIZE}, application.yml): a city's file at
 * full detail can be hundreds of MB, and its bureau raises that one setting.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
@Replaces(ContentLengthExceededHandler.class)
final class RequestTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {
    static final String SETTING = "ENVGRID_GRIDS_MAX_IMPORT_SIZE";
    private final long maxBytes;

    RequestTooLargeHandler(HttpServerConfiguration server) {
        // a body is refused at whichever limit it meets first: the size announced or the size buffered
        this.maxBytes = Math.min(server.getMaxRequestSize(), server.getMaxRequestBufferSize());
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        return Problem.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, new TooLarge(ApiCode.TOO_LARGE,
                Map.of("max_bytes", maxBytes, "setting", SETTING), "the body is larger than this server takes: at"
                + " most " + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MB). A grid layer's boundary file is"
                + " the largest body; its administrator raises the limit with " + SETTING
                + " (envgrid.grids.max-import-size), e.g. 400MB"), request);
    }
}
