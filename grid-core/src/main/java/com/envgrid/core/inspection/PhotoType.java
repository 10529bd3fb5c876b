package com.envgrid.core.inspection;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The photo formats an inspection accepts, recognised by their bytes and never by a file's name or declared type.
 * <ul>
 *   <li>JPEG: starts FF D8 FF;</li>
 *   <li>PNG: starts with the signature 89 50 4E 47 0D 0A 1A 0A;</li>
 *   <li>HEIC/HEIF, what iPhones and many Android phones shoot: an ISO base media file whose first box is {@code ftyp}
 *   (bytes 4–7) naming {@code heic}, {@code heix}, {@code hevc}, {@code heim}, {@code heis}, {@code mif1} or {@code
 *   msf1} as its major or a compatible brand. AVIF also lists {@code mif1}, so a file whose major brand is {@code
 *   avif} or {@code avis} is not taken for HEIC.</li>
 * </ul>
 */
public enum PhotoType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    HEIC("image/heic");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1");
    private static final Set<String> AVIF_BRANDS = Set.of("avif", "avis");

    private final String mediaType;

    PhotoType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type to store and serve the photo with. */
    public String mediaType() {
        return mediaType;
    }

    /** The format the first bytes of a file show, or empty when they are none of the three (or too few to tell). */
    public static Optional<PhotoType> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        return isHeif(head) ? Optional.of(HEIC) : Optional.empty();
    }

    /**
     * Why a whole upload of this type is incomplete — "the upload is truncated …" with where it stops — or empty
     * when it is whole.
     * <ul>
     *   <li>JPEG: its segments are walked from the start to the end-of-image marker (FF D9) of the main image;
     *   without one the file is truncated. Walking, rather than looking at the last two bytes, keeps the marker of
     *   an embedded EXIF thumbnail from passing for the end, and accepts the data some phones append after the
     *   image (Android motion photos append a video).</li>
     *   <li>PNG: its chunks are walked to the IEND chunk; a chunk running past the end or no IEND is truncation.</li>
     *   <li>HEIC: its top-level boxes must add up to the file's length exactly (a last box of size 0 runs to the
     *   end).</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the bytes are not of this type by {@link #sniff}
     */
    public static Optional<String> truncated(PhotoType type, byte[] whole) {
        if (sniff(whole).orElse(null) != type) {
            throw new IllegalArgumentException("the bytes given are not a " + type + " file; sniff them first");
        }
        return switch (type) {
            case JPEG -> jpegTruncated(whole);
            case PNG -> pngTruncated(whole);
            case HEIC -> heifTruncated(whole);
        };
    }

    private static Optional<String> jpegTruncated(byte[] b) {
        int i = 2;
        while (i + 1 < b.length) {
            int marker = b[i + 1] & 0xFF;
            if ((b[i] & 0xFF) != 0xFF || marker == 0xFF) {
                // Entropy-coded scan data, fill bytes before a marker, or stray bytes decoders skip likewise.
                i++;
            } else if (marker == 0xD9) {
                return Optional.empty();
            } else if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                // A stuffed FF byte in scan data, or a marker that carries no length.
                i += 2;
            } else {
                if (i + 4 > b.length) {
                    break;
                }
                int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                if (i + 2 + length > b.length) {
                    return Optional.of(String.format(Locale.ROOT, "the upload is truncated: the JPEG segment"
                            + " FF %02X at byte %d needs %d bytes, only %d remain",
                            marker, i, length + 2, b.length - i));
                }
                i += 2 + length;
            }
        }
        return Optional.of("the upload is truncated: the JPEG's " + b.length
                + " bytes stop before its end-of-image marker (FF D9)");
    }

    private static Optional<String> pngTruncated(byte[] b) {
        long i = PNG_SIGNATURE.length;
        while (i + 8 <= b.length) {
            long length = uint32(b, (int) i);
            String type = fourCharacters(b, (int) i + 4);
            if (i + 12 + length > b.length) {
                return Optional.of("the upload is truncated: the PNG chunk " + type + " at byte " + i + " needs "
                        + (length + 12) + " bytes, only " + (b.length - i) + " remain");
            }
            if (type.equals("IEND")) {
                return Optional.empty();
            }
            i += 12 + length;
        }
        return Optional.of("the upload is truncated: the PNG's " + b.length + " bytes stop before its IEND chunk");
    }

    private static Optional<String> heifTruncated(byte[] b) {
        long i = 0;
        while (i < b.length) {
            if (b.length - i < 8) {
                return Optional.of("the upload is truncated: its last " + (b.length - i)
                        + " bytes are less than a box header");
            }
            long size = uint32(b, (int) i);
            String type = fourCharacters(b, (int) i + 4);
            long header = 8;
            if (size == 1) {
                // A 64-bit size follows the type.
                if (b.length - i < 16) {
                    return Optional.of("the upload is truncated: box '" + type + "' at byte " + i
                            + " stops inside its header");
                }
                size = (uint32(b, (int) i + 8) << 32) | uint32(b, (int) i + 12);
                header = 16;
            } else if (size == 0) {
                return Optional.empty();
            }
            if (size < header) {
                return Optional.of("the upload is damaged: box '" + type + "' at byte " + i + " declares " + size
                        + " bytes, less than its own header");
            }
            if (size > b.length - i) {
                return Optional.of("the upload is truncated: box '" + type + "' at byte " + i + " declares " + size
                        + " bytes, only " + (b.length - i) + " remain");
            }
            i += size;
        }
        return Optional.empty();
    }

    private static boolean isHeif(byte[] head) {
        if (head.length < 12 || !fourCharacters(head, 4).equals("ftyp")) {
            return false;
        }
        String major = fourCharacters(head, 8);
        if (AVIF_BRANDS.contains(major)) {
            return false;
        }
        if (HEIF_BRANDS.contains(major)) {
            return true;
        }
        // Compatible brands follow the minor version (bytes 12–15) up to the end of the ftyp box.
        long end = Math.min(uint32(head, 0), head.length);
        for (int at = 16; at + 4 <= end; at += 4) {
            if (HEIF_BRANDS.contains(fourCharacters(head, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static long uint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8)
                | (b[at + 3] & 0xFF);
    }

    private static String fourCharacters(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }
}
