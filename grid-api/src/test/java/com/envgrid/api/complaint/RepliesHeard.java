package com.envgrid.api.complaint;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a listener for published replies (a notification outbox) is told, in the order it was told. */
@Singleton
class RepliesHeard {
    final List<ComplaintReplyPublished> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ComplaintReplyPublished published) {
        heard.add(published);
    }
}
