package com.envgrid.api.shared;

import com.envgrid.api.ForkDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP forwarder between the platform's pool and PostgreSQL that a test switches: {@link #forward()},
 * {@link #refuse()} (as a stopped server: open connections are reset, new ones too) and {@link #blackHole()}
 * (as a lost network: connections are accepted and nothing is ever answered). The shared PostgreSQL itself is
 * never touched.
 */
final class TcpProxy implements AutoCloseable {
    private enum Mode { FORWARD, REFUSE, BLACK_HOLE }

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.FORWARD;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "tcp-proxy-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A proxy to the tests' database ({@link ForkDatabase}), forwarding. */
    static TcpProxy toTestDatabase() {
        Matcher m = hostAndPort(testDatabaseUrl());
        try {
            return new TcpProxy(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests' database URL, through this proxy. */
    String jdbcUrl() {
        String url = testDatabaseUrl();
        Matcher m = hostAndPort(url);
        return url.substring(0, m.start()) + "//127.0.0.1:" + server.getLocalPort() + url.substring(m.end() - 1);
    }

    private static String testDatabaseUrl() {
        return ForkDatabase.url();
    }

    private static Matcher hostAndPort(String url) {
        Matcher m = Pattern.compile("//([^/:]+)(?::(\\d+))?/").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("cannot read host and port in " + url);
        }
        return m;
    }

    void forward() {
        // what the network lost while away is gone: the server dropped those sessions
        switchTo(Mode.FORWARD);
    }

    void refuse() {
        switchTo(Mode.REFUSE);
    }

    void blackHole() {
        mode = Mode.BLACK_HOLE;
    }

    @Override
    public void close() throws IOException {
        server.close();
        switchTo(Mode.REFUSE);
    }

    private synchronized void switchTo(Mode next) {
        mode = next;
        sockets.forEach(TcpProxy::reset);
        sockets.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                switch (mode) {
                    // reset at once, as the kernel answers a connection to a port nobody listens on
                    case REFUSE -> reset(client);
                    // accepted, never answered
                    case BLACK_HOLE -> sockets.add(client);
                    case FORWARD -> {
                        Socket upstream = new Socket(target.getAddress(), target.getPort());
                        sockets.add(client);
                        sockets.add(upstream);
                        pump(client, upstream);
                        pump(upstream, client);
                    }
                }
            } catch (IOException closed) {
                // the proxy is closed, or PostgreSQL refused the upstream connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (mode == Mode.BLACK_HOLE) {
                        continue; // the network went quiet: whatever is sent is lost
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException closed) {
                // one side closed
            } finally {
                reset(from);
                reset(to);
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
