package com.envgrid.api.shared;

/** A body over its size limit — a photo, the photos of a record, a complaint form —: a 413 problem. */
public class TooLarge extends RuntimeException {
    public TooLarge(String message) {
        super(message);
    }
}
