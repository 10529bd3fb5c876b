package com.envgrid.api.photo;

import com.envgrid.api.shared.Refusal;

import java.util.Map;

/**
 * The store of a photo's bytes could not be reached or refused to answer: a 503 with Retry-After, since nothing
 * was recorded and a retry is safe (see {@link PhotoStoreUnavailableHandler}). Why is logged, not told: the
 * store's address and answer are the operator's business.
 */
final class PhotoStoreUnavailable extends Refusal {
    PhotoStoreUnavailable() {
        super(PhotoCode.STORE_UNAVAILABLE, Map.of(), "the photo store is not available at the moment; nothing was"
                + " changed — try again in a few seconds");
    }
}
