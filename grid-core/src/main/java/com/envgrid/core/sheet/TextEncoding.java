package com.envgrid.core.sheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file as Chinese spreadsheets save it: UTF-8, with or without a byte-order mark ("CSV UTF-8"), or
 * GBK, Excel's "CSV" on Chinese Windows. A BOM means UTF-8; bytes that are valid UTF-8 are UTF-8 (GBK text with
 * Chinese in it almost never is); anything else is read as GBK. A charset given by the caller is used instead of
 * guessing. Decoding is strict: a byte sequence that is not valid in the charset is refused, never replaced.
 * When guessing, UTF-16 text — what Excel saves when asked for "Unicode text" — is recognised and refused with
 * what to do instead. (Excel workbooks never get here: {@link SheetFormat} tells them apart first.)
 */
final class TextEncoding {
    static final Charset GBK = Charset.forName("GBK");

    record Decoded(Charset charset, String text) {
    }

    private TextEncoding() {
    }

    /** @throws UnreadableCsv when the bytes are not text in the given or any guessed charset */
    static Decoded decode(byte[] bytes, Charset charsetOrNull) {
        refuseUtf16(bytes, charsetOrNull == null);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (charsetOrNull != null || bom) {
            Charset charset = charsetOrNull == null ? StandardCharsets.UTF_8 : charsetOrNull;
            ByteBuffer in = ByteBuffer.wrap(bytes);
            String text = strictly(in, charset);
            if (text == null) {
                throw new UnreadableCsv(lineAt(bytes, in.position()), "the file is not valid " + charset.name()
                        + " text: byte " + (in.position() + 1) + " cannot be read");
            }
            return new Decoded(charset, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        String utf8 = strictly(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(StandardCharsets.UTF_8, utf8);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String gbk = strictly(in, GBK);
        if (gbk == null) {
            throw new UnreadableCsv(lineAt(bytes, in.position()), "the file is neither UTF-8 nor GBK text (byte "
                    + (in.position() + 1) + " cannot be read): save it from the spreadsheet as \"CSV UTF-8\"");
        }
        return new Decoded(GBK, gbk);
    }

    private static void refuseUtf16(byte[] bytes, boolean guessing) {
        if (guessing && (SheetFormat.startsWith(bytes, 0xFF, 0xFE) || SheetFormat.startsWith(bytes, 0xFE, 0xFF))) {
            throw new UnreadableCsv(1, "this is UTF-16 text (Excel's \"Unicode text\"), not CSV: save it from Excel"
                    + " with \"Save as\" → \"CSV UTF-8\"");
        }
    }

    /** The text, or null with the buffer's position at the first byte that cannot be decoded. */
    private static String strictly(ByteBuffer in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    /** The line a byte is on: in UTF-8 and GBK a newline byte is always a newline, never part of a character. */
    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
