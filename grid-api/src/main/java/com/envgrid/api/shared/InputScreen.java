package com.envgrid.api.shared;

import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.form.FormUrlEncodedDecoder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * The one place where text enters: every query value, the path, and every string (and member name) of a JSON body
 * or value of a form body is checked against {@link FreeText} before any controller sees it; a JSON body must parse,
 * a form body must decode, a list never holds null, and a body stays within its route's {@link BodyLimit}. What
 * fails is a 400 (413 for size) problem naming each field by its JSON Pointer, its form field name or {@code ?name}
 * (or {@code path}); the request then reaches no controller, so nothing is stored.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class InputScreen implements Ordered {
    /** Enough to say what is wrong without echoing a whole hostile body back. */
    private static final int MAX_PROBLEMS = 20;
    /** NaN as a bare token passes here: the readers of coordinates say where it is and that it must be finite. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    private final FormUrlEncodedDecoder forms;
    private final ExecutorService checking;

    InputScreen(FormUrlEncodedDecoder forms, @Named(TaskExecutors.BLOCKING) ExecutorService checking) {
        this.forms = forms;
        this.checking = checking;
    }

    /** After the other filters, so that their response filters (the Open311 error format) see this answer too. */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    /**
     * Reads its own copy of the body (a split, as the framework's filter body parser does), so that the controller
     * still reads the original, and checks it on the blocking pool: a large body takes time to parse, and going on
     * inside the body's arrival callback would have the controller's own reading of the body re-enter it. Bad input
     * fails the request with {@link InvalidInput} or {@link TooLarge}, answered by their handlers.
     */
    @RequestFilter
    CompletableFuture<HttpRequest<?>> screen(ServerHttpRequest<?> request) {
        if (!bodyIsScreened(request)) {
            // no body to read (GET, static files) or one no text goes through (photos, CSV, read by their own
            // checks): the path and query are checked here, without a thread hop or a second copy of the bytes
            return CompletableFuture.completedFuture(screen(request, new byte[0]));
        }
        try (CloseableByteBody copy = request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST)) {
            return copy.buffer().thenApplyAsync(body -> {
                try (body) {
                    return screen(request, body.toByteArray());
                }
            }, checking);
        }
    }

    /** Whether the body is JSON or a form (their text is screened), or its route limits its size. */
    private static boolean bodyIsScreened(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD) {
            return false;
        }
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        return isForm(type) || isJson(type) || RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().hasAnnotation(BodyLimit.class)).orElse(false);
    }

    private static boolean isForm(MediaType type) {
        return type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    private HttpRequest<?> screen(HttpRequest<?> request, byte[] body) {
        long limit = RouteAttributes.getRouteMatch(request)
                .map(route -> route.getAnnotationMetadata().longValue(BodyLimit.class, "value").orElse(Long.MAX_VALUE))
                .orElse(Long.MAX_VALUE);
        if (body.length > limit) {
            throw new TooLarge("the body has " + body.length + " bytes; this resource takes at most " + limit);
        }
        List<InputProblem> problems = new ArrayList<>();
        path(request.getPath(), problems);
        request.getParameters().forEach((name, values) -> {
            text("?" + name, name, problems);
            values.forEach(value -> text("?" + name, value, problems));
        });
        if (body.length > 0) {
            MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
            if (isForm(type)) {
                form(new String(body, StandardCharsets.UTF_8), problems);
            } else if (isJson(type)) {
                json(body, problems);
            }
        }
        if (problems.isEmpty()) {
            return request;
        }
        List<InputProblem> shown = problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS));
        // the summary names the fields too: Open311 clients see only this line, in the specification's error format
        throw new InvalidInput("the request cannot be taken in as sent: " + String.join("; ", shown.stream()
                .map(p -> (p.pointer().isEmpty() ? "body" : p.pointer()) + ": " + p.message()).toList()), shown);
    }

    private static void path(String path, List<InputProblem> problems) {
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return; // not a path of any route: the router answers 404
        }
        FreeText.problemAt("path", decoded).ifPresent(problems::add);
    }

    private static void text(String pointer, String value, List<InputProblem> problems) {
        FreeText.problemAt(pointer, value).ifPresent(problems::add);
    }

    private void form(String body, List<InputProblem> problems) {
        Map<String, Object> fields;
        try {
            fields = forms.decode(body, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            problems.add(new InputProblem("", "the form body cannot be decoded: it is name=value pairs joined by &,"
                    + " with % followed by two hexadecimal digits", InputCode.UNREADABLE, Map.of()));
            return;
        }
        fields.forEach((name, value) -> {
            text(name, name, problems);
            if (value instanceof List<?> values) {
                values.forEach(v -> text(name, String.valueOf(v), problems));
            } else {
                text(name, String.valueOf(value), problems);
            }
        });
    }

    private static void json(byte[] body, List<InputProblem> problems) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME, VALUE_STRING -> text(parser.getParsingContext().pathAsPointer().toString(),
                            parser.getText(), problems);
                    case VALUE_NULL -> {
                        if (parser.getParsingContext().inArray()) {
                            problems.add(new InputProblem(parser.getParsingContext().pathAsPointer().toString(),
                                    "a list holds no nulls", InputCode.NULL_IN_LIST, Map.of()));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (JsonParseException e) {
            problems.add(new InputProblem("", String.format(Locale.ROOT, "not valid JSON: %s (line %d, column %d)",
                    e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr()),
                    InputCode.UNREADABLE, Map.of()));
        } catch (IOException e) {
            problems.add(new InputProblem("", "not valid JSON", InputCode.UNREADABLE, Map.of()));
        }
    }
}
