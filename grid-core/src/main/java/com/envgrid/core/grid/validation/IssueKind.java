package com.envgrid.core.grid.validation;

/** What a layer issue is about; the severity each kind carries is fixed here. */
public enum IssueKind {
    /** A geometry that is not valid in the OGC sense: self-intersection, ring self-touch, nested shells … */
    INVALID_GEOMETRY(IssueLevel.ERROR),
    /** An invalid geometry that was repaired on request; the finding says where it was. */
    REPAIRED_GEOMETRY(IssueLevel.WARNING),
    /**
     * Part of a grid lying outside its parent's effective area; a warning when below the import's
     * {@link ValidationSettings#outsideParentToleranceM2() tolerance}.
     */
    OUTSIDE_PARENT(IssueLevel.ERROR),
    /** Part of a grid outside its parent that the import cut off on request (clip to parent); with its area. */
    CLIPPED_TO_PARENT(IssueLevel.WARNING),
    /** Two siblings covering the same area. */
    OVERLAP(IssueLevel.ERROR),
    /** Part of a parent (or of the district) that none of its children covers. */
    GAP(IssueLevel.WARNING),
    /** A gap, overlap or overhang so thin or small that it is a digitising artefact, not a real disagreement. */
    SLIVER(IssueLevel.WARNING);

    private final IssueLevel severity;

    IssueKind(IssueLevel severity) {
        this.severity = severity;
    }

    public IssueLevel severity() {
        return severity;
    }
}
