package com.envgrid.api.photo;

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

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Photos of inspections and complaints: uploaded one by one, keyed by the SHA-256 of their bytes — so an upload is idempotent and
 * a truncated or corrupted one is recognised —, JPEG, PNG or HEIC by their bytes (never by name), within a size
 * limit, with their EXIF time and position kept when present.
 */
@Singleton
public class Photos {
    public static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final PhotoRows rows;
    private final List<PhotoShowings> showings;
    private final PhotoSettings settings;

    Photos(PhotoRows rows, List<PhotoShowings> showings, PhotoSettings settings) {
        this.rows = rows;
        this.showings = showings;
        this.settings = settings;
    }

    /**
     * A photo as sent: the SHA-256 it is addressed by, its bytes, and — for a public client, who is no person — the
     * client's key.
     */
    public record Upload(String sha256, byte[] bytes, String fromClient) {
    }

    /**
     * Stores a photo sent by the actor, or by a public client, and records who sent it: a record may name only
     * photos its author sent.
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
        if (!sha256(bytes).equals(sha256)) {
            throw refused("", "the bytes received do not have the SHA-256 in the address: the upload is truncated or"
                    + " corrupted; send it again");
        }
        Exif exif = exif(bytes);
        Long uploadedBy = upload.fromClient() == null ? actor.person() : null;
        rows.insertIfNew(new PhotoRow(sha256, type.mediaType(), bytes, bytes.length, exif.time, exif.lon, exif.lat,
                uploadedBy, upload.fromClient(), at));
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
        var found = rows.findInfos(hashes);
        return hashes.stream().flatMap(h -> found.stream().filter(p -> p.sha256().equals(h)).limit(1)).toList();
    }

    /**
     * A photo's bytes for a person who may see it: one who may see a record showing it, or — before any record
     * shows it — the person who sent it. To anyone else it does not exist.
     */
    PhotoRows.PhotoBytes visibleTo(Actor actor, String sha256) {
        boolean visible = showings.stream().flatMap(s -> s.gridsShowing(sha256).stream()).anyMatch(actor.scope()::canRead)
                || actor.personId() != null && rows.sentBy(sha256, actor.personId())
                && showings.stream().noneMatch(s -> s.shows(sha256));
        return (visible ? rows.findBytes(sha256) : java.util.Optional.<PhotoRows.PhotoBytes>empty())
                .orElseThrow(() -> new NotFound("no photo " + sha256 + " that you may see"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInput refused(String pointer, String message) {
        return new InvalidInput("the photo is refused", List.of(new InputProblem(pointer, message)));
    }

}
