package care.lantern.platform.control;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A turn at start-up work that one node (or web module) must finish before another begins it, such
 * as loading the demo directory: a node that finds the work claimed by another then waits for it to
 * be finished, rather than starting on a half-written database. Taken with {@code try
 * (OneNodeAtATime turn = OneNodeAtATime.take(dataSource)) { ... }}.
 *
 * <p>On PostgreSQL a session advisory lock, held on a connection of its own for the turn and freed
 * by the database if the node dies. On H2 nothing: an H2 file database serves one process, which
 * deploys its web modules one after the other.
 */
public final class OneNodeAtATime implements AutoCloseable {

  /** Lantern's own advisory lock key, "LANTERN1" in ASCII; Flyway locks on a key of its own. */
  static final long KEY = 0x4C414E5445524E31L;

  /** The connection holding the lock; null when the database needs none. */
  private final Connection holder;

  private OneNodeAtATime(Connection holder) {
    this.holder = holder;
  }

  /** Waits until no other node or module has the turn, and takes it. */
  public static OneNodeAtATime take(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      try {
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
          connection.close();
          return new OneNodeAtATime(null);
        }
        call(connection, "SELECT pg_advisory_lock(?)");
        return new OneNodeAtATime(connection);
      } catch (SQLException | RuntimeException failed) {
        connection.close();
        throw failed;
      }
    } catch (SQLException failed) {
      throw new PersistenceException("Could not take the start-up turn", failed);
    }
  }

  /** Gives the turn to the next node; the connection goes back to its pool without the lock. */
  @Override
  public void close() {
    if (holder == null) {
      return;
    }
    try (Connection connection = holder) {
      call(connection, "SELECT pg_advisory_unlock(?)");
    } catch (SQLException failed) {
      // A connection that cannot unlock is broken, and its session (with the lock) ends with it.
      throw new PersistenceException("Could not give up the start-up turn", failed);
    }
  }

  private static void call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}
