package com.envgrid.api.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON text the platform wrote itself (stored snapshots, audit before/after, a record's hash): failing to write or
 * read it back is a defect, not bad input, so it is unchecked. Input from outside is read by its binding instead.
 */
@Singleton
public class JsonText {
    private final JsonMapper json;

    JsonText(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SHA-256 of the value as written: the content a request with an id its client made is kept under, which a
     * retry must repeat (the same id with other content is a conflict).
     */
    public String hash(Object value) {
        return Sha256.hex(write(value).getBytes(StandardCharsets.UTF_8));
    }

    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
