package com.envgrid.api.access;

/** The signed-in person may not do this; answered as a 403 problem with this message. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
