package com.envgrid.api.photo;

import com.envgrid.api.shared.Sha256;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.TooLarge;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.envgrid.api.shared.NotFound;
import com.envgrid.core.access.Actor;
import com.envgrid.core.inspection.PhotoType;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Photos of inspections and complaints: uploaded one by one, keyed by the SHA-256 of their bytes — so an upload is idempotent and
 * a truncated or corrupted one is recognised —, JPEG, PNG or HEIC by their bytes (never by name), within a size
 * limit, with their EXIF time and position kept when present. Their bytes are kept in the configured
 * {@link PhotoStore} and checked against their SHA-256 again whenever they are read: bytes altered in the store
 * are never shown.
 */
@Singleton
public class Photos {
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = LoggerFactory.getLogger(Photos.class);

    private final PhotoRows rows;
    private final List<PhotoShowings> showings;
    private final PhotoSettings settings;
    private final PhotoStores stores;

    Photos(PhotoRows rows, List<PhotoShowings> showings, PhotoSettings settings, PhotoStores stores) {
        this.rows = rows;
        this.showings = showings;
        this.settings = settings;
        this.stores = stores;
    }

    /**
     * A photo as sent: the SHA-256 it is addressed by, its bytes, and — for a public client, who is no person — the
     * client's key.
     */
    public record Upload(String sha256, byte[] bytes, String fromClient) {
    }

    /**
     * Stores a photo sent by the actor, or by a public client, and records who sent it: a record may name only
     * photos its author sent. A photo recorded already is not kept again, wherever its bytes are.
     */
    public PhotoInfo store(Actor actor, Instant at, Upload upload) {
        String sha256 = upload.sha256();
        byte[] bytes = upload.bytes();
        int maxBytes = settings.maxBytes();
        if (!SHA256.matcher(sha256).matches()) {
            throw refused("/sha256", "a photo is addressed by the SHA-256 of its bytes: 64 lower-case hex digits");
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge("the photo has " + bytes.length + " bytes; at most " + maxBytes + " are accepted");
        }
        PhotoType type = PhotoType.sniff(bytes).orElseThrow(() -> refused("",
                "not a JPEG, PNG or HEIC image (recognised by its bytes, whatever its name)"));
        PhotoType.truncated(type, bytes).ifPresent(why -> {
            throw refused("", why);
        });
        if (!Sha256.hex(bytes).equals(sha256)) {
            throw refused("", "the bytes received do not have the SHA-256 in the address: the upload is truncated or"
                    + " corrupted; send it again");
        }
        Exif exif = exif(bytes);
        Long uploadedBy = upload.fromClient() == null ? actor.person() : null;
        if (!rows.recorded(sha256)) {
            // kept first, recorded then: a failure between leaves at most an object that the retry overwrites
            Placement placement = stores.receiving().keep(sha256, type.mediaType(), bytes);
            rows.insertIfNew(new PhotoRow(sha256, type.mediaType(), placement.bytes(), bytes.length, exif.time,
                    exif.lon, exif.lat, uploadedBy, upload.fromClient(), at, placement.store(), placement.bucket(),
                    placement.objectKey()));
        }
        rows.sent(sha256, uploadedBy, upload.fromClient(), at);
        return infos(List.of(sha256)).get(0);
    }

    private record Exif(LocalDateTime time, Double lon, Double lat) {
    }

    /** EXIF when the image has it; nothing when it has none or it cannot be read (a photo without EXIF is fine). */
    private static Exif exif(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            var sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            // EXIF times carry no zone: read them as wall-clock time
            var date = sub == null ? null : sub.getDateOriginal(TimeZone.getTimeZone(ZoneOffset.UTC));
            var gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
            var at = gps == null ? null : gps.getGeoLocation();
            return new Exif(date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC),
                    at == null || at.isZero() ? null : at.getLongitude(), at == null || at.isZero() ? null : at.getLatitude());
        } catch (Exception e) {
            return new Exif(null, null, null);
        }
    }

    /** How many photos a public client has sent since then. */
    public long countFrom(String uploadedFrom, Instant since) {
        return rows.countFromSince(uploadedFrom, since);
    }

    /** Those of the photos that this person sent. */
    public List<PhotoInfo> sentBy(List<String> hashes, long personId) {
        return hashes.isEmpty() ? List.of() : rows.findSentBy(hashes, personId);
    }

    /** Those of the photos that this public client sent. */
    public List<PhotoInfo> sentFrom(List<String> hashes, String clientKey) {
        return hashes.isEmpty() ? List.of() : rows.findSentFrom(hashes, clientKey);
    }

    /** What is stored of these photos, in the order asked; a photo not stored is left out. */
    public List<PhotoInfo> infos(List<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        return inOrder(hashes, rows.findInfos(hashes));
    }

    /** The photos found for the hashes, in the hashes' order (one for each hash found). */
    public static List<PhotoInfo> inOrder(List<String> hashes, List<PhotoInfo> found) {
        return hashes.stream().flatMap(h -> found.stream().filter(p -> p.sha256().equals(h)).limit(1)).toList();
    }

    /** A photo's bytes and their type. */
    record Content(String mediaType, byte[] bytes) {
    }

    /**
     * A photo's bytes for a person who may see it: one who may see a record showing it, or — before any record
     * shows it — the person who sent it. To anyone else it does not exist. Bytes that are gone from their store or
     * no longer have the photo's SHA-256 are refused ({@code photo.damaged}), never shown as the photo.
     */
    Content visibleTo(Actor actor, String sha256) {
        boolean visible = showings.stream().flatMap(s -> s.gridsShowing(sha256).stream()).anyMatch(actor.scope()::canRead)
                || actor.personId() != null && rows.sentBy(sha256, actor.personId())
                && showings.stream().noneMatch(s -> s.shows(sha256));
        PhotoRows.Kept kept = (visible ? rows.findKept(sha256) : Optional.<PhotoRows.Kept>empty())
                .orElseThrow(() -> new NotFound("no photo " + sha256 + " that you may see"));
        byte[] bytes = stores.holding(kept.store()).bytes(kept.placement())
                .filter(read -> Sha256.hex(read).equals(sha256))
                .orElseThrow(() -> damaged(sha256, kept.store()));
        return new Content(kept.mediaType(), bytes);
    }

    private static Conflict damaged(String sha256, String store) {
        LOG.error("photo {}: its bytes in {} are gone or no longer have its SHA-256 (altered after the upload)",
                sha256, store);
        return new Conflict(PhotoCode.DAMAGED, Map.of("sha256", sha256), "the stored bytes of photo " + sha256
                + " are gone or no longer have its SHA-256: they were altered after the upload and are not shown");
    }

    private static InvalidInput refused(String pointer, String message) {
        return new InvalidInput("the photo is refused", List.of(new InputProblem(pointer, message)));
    }

}
