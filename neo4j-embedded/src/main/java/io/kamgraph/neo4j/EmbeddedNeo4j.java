package io.kamgraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in-process with only the Bolt connector open on loopback.
 *
 * Arguments: dataDir boltPort [pageCache, e.g. 512m].
 * Prints "KAMGRAPH_NEO4J_READY bolt://127.0.0.1:PORT" on stdout once Bolt accepts
 * connections; the Node side waits for that line. Stops cleanly on SIGINT/SIGTERM
 * (the JVM shutdown hook) so the store is never left needing recovery, and also when
 * standard input closes: the Node process that started it holds that pipe, so a parent
 * that dies (even by SIGKILL) never leaves an orphaned database behind.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedNeo4j <dataDir> <boltPort> [pageCache]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = parsePort(args[1]);
        String pageCache = args.length > 2 ? args[2] : "512m";

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only and one local user: authentication is the app's job (see README security).
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("KAMGRAPH_NEO4J_STOPPING");
            dbms.shutdown();
            System.out.println("KAMGRAPH_NEO4J_STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        Thread parentWatch = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (java.io.IOException ignored) {
                // A broken pipe means the parent is gone, as EOF does.
            }
            System.exit(0);
        }, "parent-watch");
        parentWatch.setDaemon(true);
        parentWatch.start();

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println("KAMGRAPH_NEO4J_FAILED database did not become available");
            System.exit(1);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("KAMGRAPH_NEO4J_READY bolt://127.0.0.1:" + port + " in " + ms + " ms, data " + dataDir);
        System.out.flush();
        stopped.await();
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            System.err.println("boltPort must be an integer 1..65535, got: " + text);
            System.exit(2);
            return -1;
        }
    }
}
