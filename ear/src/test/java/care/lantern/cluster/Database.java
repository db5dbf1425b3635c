package care.lantern.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL database of the suite's own, created empty before the cluster starts and dropped
 * after it stops; the suite reads it directly to check what the nodes acknowledged.
 */
final class Database implements AutoCloseable {

  private final String server;
  private final String name;

  private Database(String server, String name) {
    this.server = server;
    this.name = name;
  }

  /** {@code server} is a JDBC URL ending in '/', e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
  static Database createFresh(String server, String name) throws SQLException {
    Database database = new Database(server, name);
    database.administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    database.administer("CREATE DATABASE " + name);
    return database;
  }

  String url() {
    return server + name;
  }

  private void administer(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  long count(String sql, Object... parameters) {
    return strings(sql, parameters).stream().mapToLong(Long::parseLong).sum();
  }

  /** The first column of every row, as text. */
  List<String> strings(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() throws SQLException {
    administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }
}
