package com.envgrid.core.inspection;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotoTypeTest {
    private static final byte[] JPEG = image("jpg");
    private static final byte[] PNG = image("png");
    private static final byte[] HEIC = concat(
            box("ftyp", ascii("heic"), new byte[4], ascii("mif1"), ascii("heic")),
            box("meta", new byte[24]),
            box("mdat", new byte[300]));

    @Test
    void a_jpeg_png_and_heic_are_recognised_by_their_bytes() {
        assertEquals(Optional.of(PhotoType.JPEG), PhotoType.sniff(JPEG));
        assertEquals(Optional.of(PhotoType.PNG), PhotoType.sniff(PNG));
        assertEquals(Optional.of(PhotoType.HEIC), PhotoType.sniff(HEIC));
        assertEquals("image/heic", PhotoType.HEIC.mediaType());
    }

    @Test
    void the_first_bytes_are_enough_to_tell() {
        assertEquals(Optional.of(PhotoType.JPEG), PhotoType.sniff(Arrays.copyOf(JPEG, 3)));
        assertEquals(Optional.of(PhotoType.PNG), PhotoType.sniff(Arrays.copyOf(PNG, 8)));
        assertEquals(Optional.of(PhotoType.HEIC), PhotoType.sniff(Arrays.copyOf(HEIC, 32)));
    }

    @Test
    void a_text_file_named_photo_jpg_is_no_photo() {
        assertEquals(Optional.empty(), PhotoType.sniff("巡查照片 photo.jpg\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), PhotoType.sniff(new byte[0]));
        assertEquals(Optional.empty(), PhotoType.sniff(null));
        assertEquals(Optional.empty(), PhotoType.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8}));
    }

    @Test
    void a_heif_listing_a_heif_brand_only_among_its_compatible_brands_is_heic() {
        byte[] file = concat(box("ftyp", ascii("isom"), new byte[4], ascii("iso8"), ascii("msf1")),
                box("mdat", new byte[8]));
        assertEquals(Optional.of(PhotoType.HEIC), PhotoType.sniff(file));
    }

    @Test
    void an_avif_image_and_an_mp4_video_are_not_heic() {
        byte[] avif = concat(box("ftyp", ascii("avif"), new byte[4], ascii("avif"), ascii("mif1")),
                box("mdat", new byte[8]));
        byte[] mp4 = concat(box("ftyp", ascii("isom"), new byte[4], ascii("isom"), ascii("mp41")),
                box("mdat", new byte[8]));
        assertEquals(Optional.empty(), PhotoType.sniff(avif));
        assertEquals(Optional.empty(), PhotoType.sniff(mp4));
    }

    @Test
    void whole_photos_are_not_truncated() {
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.JPEG, JPEG));
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.PNG, PNG));
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.HEIC, HEIC));
    }

    @Test
    void a_jpeg_cut_short_is_truncated() {
        assertTruncated(PhotoType.JPEG, Arrays.copyOf(JPEG, JPEG.length / 2));
        assertTruncated(PhotoType.JPEG, Arrays.copyOf(JPEG, JPEG.length - 2));
        assertTruncated(PhotoType.JPEG, Arrays.copyOf(JPEG, 5));
    }

    @Test
    void a_jpeg_cut_just_after_its_exif_thumbnail_is_truncated_though_it_ends_with_ff_d9() {
        byte[] thumbnail = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0, 4, 1, 2, (byte) 0xFF, (byte) 0xD9};
        byte[] exif = concat(ascii("Exif"), new byte[2], thumbnail, new byte[16]);
        byte[] photo = concat(Arrays.copyOf(JPEG, 2), segment(0xE1, exif), Arrays.copyOfRange(JPEG, 2, JPEG.length));
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.JPEG, photo));

        byte[] cut = Arrays.copyOf(photo, 4 + 6 + thumbnail.length + 2);
        assertEquals((byte) 0xD9, cut[cut.length - 1]);
        assertTruncated(PhotoType.JPEG, cut);
    }

    @Test
    void a_motion_photo_with_a_video_after_the_image_is_whole() {
        byte[] motionPhoto = concat(JPEG, box("ftyp", ascii("mp42"), new byte[4]), box("mdat", new byte[64]));
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.JPEG, motionPhoto));
    }

    @Test
    void a_png_cut_short_or_without_its_iend_chunk_is_truncated() {
        assertTruncated(PhotoType.PNG, Arrays.copyOf(PNG, PNG.length / 2));
        String message = assertTruncated(PhotoType.PNG, Arrays.copyOf(PNG, PNG.length - 12));
        assertTrue(message.contains("IEND"), message);
    }

    @Test
    void a_heic_whose_boxes_run_past_the_end_is_truncated() {
        String message = assertTruncated(PhotoType.HEIC, Arrays.copyOf(HEIC, HEIC.length - 5));
        assertTrue(message.contains("'mdat'"), message);
        assertTruncated(PhotoType.HEIC, concat(HEIC, new byte[3]));
    }

    @Test
    void a_heic_whose_last_box_runs_to_the_end_or_has_a_64_bit_size_is_whole() {
        byte[] open = concat(Arrays.copyOf(HEIC, HEIC.length - 308), new byte[]{0, 0, 0, 0}, ascii("mdat"),
                new byte[100]);
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.HEIC, open));

        byte[] large = concat(Arrays.copyOf(HEIC, HEIC.length - 308), new byte[]{0, 0, 0, 1}, ascii("mdat"),
                ByteBuffer.allocate(8).putLong(16 + 40).array(), new byte[40]);
        assertEquals(Optional.empty(), PhotoType.truncated(PhotoType.HEIC, large));
        assertTruncated(PhotoType.HEIC, Arrays.copyOf(large, large.length - 1));
    }

    @Test
    void checking_bytes_of_another_type_is_a_mistake_of_the_caller() {
        assertThrows(IllegalArgumentException.class, () -> PhotoType.truncated(PhotoType.JPEG, PNG));
    }

    private static String assertTruncated(PhotoType type, byte[] bytes) {
        String message = PhotoType.truncated(type, bytes).orElseThrow();
        assertTrue(message.startsWith("the upload is truncated"), message);
        return message;
    }

    /** A real 64 × 48 photo written by the JDK's encoder. */
    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                img.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | ((x * y) & 0xFF));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] box(String type, byte[]... payload) {
        byte[] body = concat(payload);
        return concat(ByteBuffer.allocate(4).putInt(8 + body.length).array(), ascii(type), body);
    }

    private static byte[] segment(int marker, byte[] payload) {
        return concat(new byte[]{(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8),
                (byte) (payload.length + 2)}, payload);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
