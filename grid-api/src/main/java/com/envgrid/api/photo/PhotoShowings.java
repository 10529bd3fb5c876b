package com.envgrid.api.photo;

import java.util.List;

/**
 * The port through which a feature whose records show photos (inspections, complaints) tells the photo store who may
 * see one: the photo store owns the photos, each feature owns its links to them.
 */
public interface PhotoShowings {
    /** The grids whose readers see a record of this feature showing the photo. */
    List<String> gridsShowing(String sha256);

    /** Whether a record of this feature shows the photo. */
    boolean shows(String sha256);
}
