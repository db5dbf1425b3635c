package care.lantern.ear;

import java.net.URI;
import java.util.Map;

/**
 * The database the tests deploy Lantern on: in-memory H2, or the PostgreSQL of {@code
 * lantern.test.pg.url} (trust authentication, no password) under {@code -Ppostgresql}.
 */
record TestDatabase(String url, String user, String password) {

  static TestDatabase fromSystemProperties() {
    String pg = System.getProperty("lantern.test.pg.url", "");
    if (pg.isBlank()) {
      return new TestDatabase("jdbc:h2:mem:lantern;DB_CLOSE_DELAY=-1", "sa", "sa");
    }
    URI uri = URI.create(pg.substring("jdbc:".length()));
    return postgresql(uri.getHost(), uri.getPort(), uri.getPath().substring(1));
  }

  static TestDatabase postgresql(String host, int port, String database) {
    return new TestDatabase(
        "jdbc:postgresql://" + host + ":" + port + "/" + database, "postgres", "");
  }

  boolean isPostgresql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** This database's name on its PostgreSQL server. */
  String name() {
    return URI.create(url.substring("jdbc:".length())).getPath().substring(1);
  }

  /** The settings run.sh and ear/deploy-to-payara-server.sh read. */
  Map<String, String> environment() {
    return Map.of("LANTERN_DB_URL", url, "LANTERN_DB_USER", user, "LANTERN_DB_PASSWORD", password);
  }
}
