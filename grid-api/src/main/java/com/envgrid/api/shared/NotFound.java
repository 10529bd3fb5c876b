package com.envgrid.api.shared;

/** Something the request names does not exist; answered as a 404 problem with this message. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
