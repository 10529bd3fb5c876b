package com.envgrid.api.complaint;

/** A client over the public intake's rate limit: a 429 problem. */
class TooManyComplaints extends RuntimeException {
    TooManyComplaints(String message) {
        super(message);
    }
}
