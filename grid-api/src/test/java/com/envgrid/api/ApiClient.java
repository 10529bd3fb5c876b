package com.envgrid.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Black-box calls to the API as a client would make them — signed in with a bearer token (a login's or an API key),
 * or anonymous —, answers as status, content type and JSON tree.
 */
public final class ApiClient {
    public static final String ADMIN = "root";
    public static final String ADMIN_PASSWORD = "Root-admin-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final String token;

    private ApiClient(HttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** Signed in as the test administrator that every test context starts with. */
    public static ApiClient asAdmin(HttpClient client) {
        return signedIn(client, ADMIN, ADMIN_PASSWORD);
    }

    public static ApiClient signedIn(HttpClient client, String username, String password) {
        Answer login = anonymous(client).post("/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (login.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + login.json());
        }
        return new ApiClient(client, login.json().get("access_token").asText());
    }

    public static ApiClient anonymous(HttpClient client) {
        return new ApiClient(client, null);
    }

    public static ApiClient withToken(HttpClient client, String token) {
        return new ApiClient(client, token);
    }

    /** Signed in with a personal API key, sent as {@code Authorization: Bearer <key>}. */
    public static ApiClient withApiKey(HttpClient client, String key) {
        return new ApiClient(client, key);
    }

    public String token() {
        return token;
    }

    public record Answer(int status, String contentType, JsonNode json) {
    }

    public Answer get(String uri) {
        return exchange(HttpRequest.GET(uri));
    }

    public Answer post(String uri, String body) {
        return exchange(HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer put(String uri, String body) {
        return exchange(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    public Answer exchange(MutableHttpRequest<?> request) {
        if (token != null) {
            request.bearerAuth(token);
        }
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
            String type = response.getContentType().map(MediaType::toString).orElse("");
            return new Answer(response.code(), type,
                    body == null || body.isEmpty() || !type.contains("json") ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
