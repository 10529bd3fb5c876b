package com.envgrid.api.layer;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Keeps this node's {@link LiveGridLayer} at the version stored in PostgreSQL, whichever node imported it. On a
 * connection of its own (not the pool's) it {@code LISTEN}s to channel {@code grid_layer}, on which every new version
 * is announced as its import commits (migration V22), and reads the stored version whenever an announcement arrives —
 * so a node holds another node's import within a second — and, as the fallback for an announcement it missed, every
 * {@code envgrid.grids.watch.check-every} without one. When the database goes away it connects again (every
 * {@link #RECONNECT_AFTER_MS} ms) and checks the version at once. {@code envgrid.grids.watch.listen=false} leaves the
 * periodic check alone (a database behind a pooler in transaction mode, which drops {@code LISTEN}).
 */
@Singleton
class GridLayerWatch {
    private static final Logger LOG = LoggerFactory.getLogger(GridLayerWatch.class);
    static final String CHANNEL = "grid_layer";
    static final int RECONNECT_AFTER_MS = 1000;

    private final LiveGridLayer live;
    private final WatchSettings settings;
    private final String url;
    private final Properties login = new Properties();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    GridLayerWatch(LiveGridLayer live, WatchSettings settings,
                   @Property(name = "datasources.default.url") String url,
                   @Property(name = "datasources.default.username") @Nullable String username,
                   @Property(name = "datasources.default.password") @Nullable String password) {
        this.live = live;
        this.settings = settings;
        this.url = url;
        login.setProperty("user", username == null ? "" : username);
        login.setProperty("password", password == null ? "" : password);
        login.setProperty("connectTimeout", "2");
        login.setProperty("tcpKeepAlive", "true");
        login.setProperty("ApplicationName", "envgrid grid layer watch");
        // a statement of the watch's own may not hang it for ever on a silent network
        login.setProperty("socketTimeout", "30");
        thread = new Thread(this::watch, "grid-layer-watch");
        thread.setDaemon(true);
    }

    /** Once the application has started: not for a start that failed, which would leave the watch running. */
    @EventListener
    void start(StartupEvent started) {
        thread.start();
    }

    private void watch() {
        boolean lost = false;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, login)) {
                connection = c;
                if (settings.listen()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("LISTEN " + CHANNEL);
                    }
                }
                if (lost) {
                    LOG.info("watching the grid layer's version again");
                    lost = false;
                }
                PGConnection notifications = c.unwrap(PGConnection.class);
                while (running) {
                    follow(c);
                    // an announcement, or the periodic check's time: either way the stored version is read again
                    notifications.getNotifications((int) settings.checkEvery().toMillis());
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                if (!lost) {
                    LOG.warn("lost the connection watching the grid layer's version ({}); connecting again",
                            e.getMessage());
                    lost = true;
                }
                pause();
            }
        }
    }

    private void follow(Connection c) throws SQLException {
        long stored;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version FROM grid_layer WHERE id = 1")) {
            if (!rs.next()) {
                return;
            }
            stored = rs.getLong(1);
        }
        try {
            if (live.follow(stored)) {
                LOG.info("loaded grid layer version {} as stored", live.current().version());
            }
        } catch (RuntimeException e) {
            // the pool's connections may be failing too: the next announcement or check tries again
            LOG.warn("could not load grid layer version {}: {}", stored, e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is all that was wanted
            }
        }
        thread.join(RECONNECT_AFTER_MS * 5L);
    }
}
