package com.envgrid.core.complaint;

import com.envgrid.core.input.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicReplyTest {
    private static final Instant AT = Instant.parse("2030-03-04T05:06:07Z");

    @Test
    void replying_or_closing_publishes_the_text_stripped() {
        assertEquals(Optional.of(new PublicReply("油烟净化器已清洗", AT)),
                PublicReply.publishedWith("reply", "  油烟净化器已清洗\n", AT));
        assertEquals("已办结", PublicReply.publishedWith("close", "已办结", AT).orElseThrow().text());
    }

    @Test
    void no_text_publishes_nothing_with_any_action() {
        assertTrue(PublicReply.publishedWith("reply", null, AT).isEmpty());
        assertTrue(PublicReply.publishedWith("accept", "   ", AT).isEmpty());
    }

    @Test
    void other_actions_publish_no_reply() {
        var refused = assertThrows(InvalidInput.class, () -> PublicReply.publishedWith("accept", "已受理", AT));
        assertEquals("/public_reply", refused.problems().get(0).pointer());
        assertTrue(refused.problems().get(0).message().contains("'accept'"), refused.problems().toString());
    }

    @Test
    void a_reply_longer_than_the_limit_is_refused() {
        assertEquals(PublicReply.MAX_LENGTH, PublicReply.publishedWith("reply", "答".repeat(PublicReply.MAX_LENGTH), AT)
                .orElseThrow().text().length());
        var refused = assertThrows(InvalidInput.class,
                () -> PublicReply.publishedWith("reply", "答".repeat(PublicReply.MAX_LENGTH + 1), AT));
        assertTrue(refused.problems().get(0).message().contains(String.valueOf(PublicReply.MAX_LENGTH + 1)));
    }
}
