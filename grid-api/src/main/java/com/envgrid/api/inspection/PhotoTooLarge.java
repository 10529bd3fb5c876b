package com.envgrid.api.inspection;

/** A photo, or the photos of one record, over the size limit: a 413 problem. */
class PhotoTooLarge extends RuntimeException {
    PhotoTooLarge(String message) {
        super(message);
    }
}
