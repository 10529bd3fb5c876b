package com.envgrid.api.inspection;

import com.envgrid.core.input.Vocabulary;
import com.envgrid.core.inspection.Inspection;
import com.envgrid.core.inspection.LocationCheck;
import com.envgrid.core.inspection.LocationCode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A stored inspection record as it is answered — to its first submission and, identically, to every retry —, with
 * the verdict on where it was made and how its photos' EXIF compares with it.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record InspectionView(UUID id, long inspectorId, @Nullable Long dutyId, String targetKind, String targetCode,
                      String gridCode, Instant inspectedAt, Fix fix, Location location,
                      Map<String, Boolean> checklist, List<FindingJson> findings, @Nullable String notes,
                      List<Photo> photos, List<Long> cases, @Nullable UUID corrects, Instant receivedAt) {

    /** The checklist in key order, as the record was read: PostgreSQL's jsonb gives its keys back in another. */
    static InspectionView of(Inspection i, List<Photo> photos, List<Long> cases) {
        var fix = i.fix();
        var location = i.location();
        return new InspectionView(i.id(), i.inspectorId(), i.dutyId(), i.targetKind().key(), i.targetCode(),
                i.gridCode(), i.inspectedAt(), new Fix(fix.lon(), fix.lat(), fix.accuracyM(), Vocabulary.key(fix.crs()),
                fix.sentLon(), fix.sentLat()), Location.of(location, i.flagged()), new TreeMap<>(i.checklist()), i.findings().stream().map(FindingJson::of).toList(), i.notes(),
                photos, cases, i.corrects(), i.receivedAt());
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Fix(double lon, double lat, double accuracyM, String crs, double sentLon, double sentLat) {
    }

    /**
     * Whether the fix fits the grid and the target, allowing for its accuracy; flagged for review if not. The reason
     * is English; its code ({@link LocationCode}) and params are what the pages say in their own words.
     */
    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Location(boolean plausible, boolean flaggedForReview, double distanceM, @Nullable String reason,
                    String code, Map<String, Object> params) {
        static Location of(LocationCheck.Verdict verdict, boolean flagged) {
            var coded = LocationCode.of(verdict.reason());
            return new Location(verdict.plausible(), flagged, verdict.distanceM(), verdict.reason(),
                    coded.getKey().code(), coded.getValue());
        }
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    public record Photo(String sha256, String mediaType, int sizeBytes, @Nullable LocalDateTime exifTime,
                 @Nullable Double exifLon, @Nullable Double exifLat, @Nullable String exifCheck) {
    }
}
