package com.consumesafe.api.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy on loopback in front of the test's PostgreSQL, so that a test can take the database away and give it
 * back without touching the server others use: cut (every connection closed, new ones refused) as when PostgreSQL
 * stops, or frozen (connections open, nothing passes) as when it hangs.
 */
final class DatabaseProxy implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?(/.*)?");

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
    private volatile boolean cut;
    private volatile boolean frozen;

    private DatabaseProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    /** A proxy to the server of the JDBC URL. */
    static DatabaseProxy to(String jdbcUrl) throws IOException {
        Matcher matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
        return new DatabaseProxy(matcher.group(1), port);
    }

    /** The same URL, through this proxy. */
    String route(String jdbcUrl) {
        Matcher matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String rest = matcher.group(3) == null ? "" : matcher.group(3);
        return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + rest;
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    void cut() {
        cut = true;
        open.forEach(DatabaseProxy::closeQuietly);
    }

    /** Keeps connections open but lets nothing through, in either direction, until {@link #restore()}. */
    void freeze() {
        frozen = true;
    }

    void restore() {
        cut = false;
        frozen = false;
    }

    @Override
    public void close() {
        closeQuietly(server);
        open.forEach(DatabaseProxy::closeQuietly);
        threads.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket database = new Socket(host, port);
                open.add(client);
                open.add(database);
                threads.execute(() -> pump(client, database));
                threads.execute(() -> pump(database, client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (frozen && !cut) {
                    Thread.sleep(10);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed or was cut: the other goes too
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
