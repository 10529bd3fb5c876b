package com.envgrid.core.grid.validation;

import java.util.List;

/** The findings of validating a layer; a layer with no ERROR finding is acceptable. */
public record ValidationReport(List<LayerIssue> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public boolean acceptable() {
        return findings.stream().noneMatch(f -> f.severity() == IssueLevel.ERROR);
    }

    public long count(IssueKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    public List<LayerIssue> errors() {
        return findings.stream().filter(f -> f.severity() == IssueLevel.ERROR).toList();
    }
}
