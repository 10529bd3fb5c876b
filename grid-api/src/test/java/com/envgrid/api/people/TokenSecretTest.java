package com.envgrid.api.people;

import com.envgrid.api.shared.KeptSecret;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restart signs nobody out: the signing secret is kept (embedded default) or given (external database). */
class TokenSecretTest {
    @Test
    void the_embedded_default_keeps_a_generated_secret_that_only_its_owner_may_read(@TempDir Path dataDir)
            throws Exception {
        Path file = dataDir.resolve("jwt-secret");
        String first = KeptSecret.in(file);
        assertTrue(first.length() >= TokenSecret.MIN_LENGTH, first);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, KeptSecret.in(file), "the next start reads the same secret");
        assertTrue(!first.equals(KeptSecret.in(dataDir.resolve("other"))), "each data directory has its own");
    }

    @Test
    void without_a_secret_the_platform_does_not_start_and_says_what_to_set() {
        for (String secret : new String[]{"", "short-secret"}) {
            var failure = assertThrows(RuntimeException.class, () -> ApplicationContext.builder()
                    .environments("test")
                    .properties(Map.of("envgrid.jwt.secret", secret))
                    .start()
                    .close());
            String messages = "";
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages += t.getMessage() + "\n";
            }
            assertTrue(messages.contains("ENVGRID_JWT_SECRET"), messages);
            assertTrue(messages.contains("at least 32"), messages);
        }
    }
}
