package com.envgrid.api.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret generated once and kept in a file that only its owner may read ({@code rw-------}), so that what it
 * signs stays valid across restarts: the embedded default keeps the login tokens' signing secret this way in its
 * data directory, and the first administrator's generated password.
 */
public final class KeptSecret {
    private KeptSecret() {
    }

    /** The secret in {@code file}, made (96 hex characters from {@link SecureRandom}) if the file does not exist. */
    public static String in(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                create(file, HexFormat.of().formatHex(random));
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < 32) {
                throw new IllegalStateException(file + " holds no usable secret (fewer than 32 characters);"
                        + " delete it to have a new one made, which signs everyone out");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a secret in " + file, e);
        }
    }

    /**
     * Keeps {@code secret} in {@code file}, made afresh readable by its owner only (what was there goes): the first
     * administrator's generated password, for whoever started the platform.
     */
    public static void write(Path file, String secret) {
        try {
            Files.deleteIfExists(file);
            create(file, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a secret in " + file, e);
        }
    }

    private static void create(Path file, String secret) throws IOException {
        try {
            // owner-only from the first byte: the file is created with its permissions, never widened and narrowed
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            // another start made it first: theirs is the secret
        }
    }
}
