package com.envgrid.api.grid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Black-box calls to the API as a client would make them, answers as status, content type and JSON tree. */
final class GridApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;

    GridApiClient(HttpClient client) {
        this.client = client;
    }

    record Answer(int status, String contentType, JsonNode json) {
    }

    Answer get(String uri) {
        return exchange(HttpRequest.GET(uri));
    }

    Answer post(String uri, String body) {
        return exchange(HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    Answer exchange(HttpRequest<?> request) {
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<String>) e.getResponse();
            return answer(response, e.getResponse().getBody(String.class).orElse(""));
        }
        return answer(response, response.body());
    }

    private static Answer answer(HttpResponse<?> response, String body) {
        try {
            return new Answer(response.code(), response.getContentType().map(MediaType::toString).orElse(""),
                    body == null || body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
