package care.lantern.testing;

import care.lantern.platform.control.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A freshly migrated database for the persistence tests of one class: a private in-memory H2 by
 * default, or the PostgreSQL named by the system property {@code lantern.test.pg.url} (cleaned
 * first, so each test class starts from the migrations alone). Registered as a JUnit extension, it
 * migrates before the class's {@code @BeforeAll} methods and closes after its tests:
 *
 * <pre>{@code @RegisterExtension static final TestDatabase db = new TestDatabase();}</pre>
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

  private static final String PG_URL_PROPERTY = "lantern.test.pg.url";

  private DataSource dataSource;
  private EntityManagerFactory emf;

  @Override
  public void beforeAll(ExtensionContext context) {
    dataSource = newDataSource();
    DatabaseMigrations.applyTo(dataSource);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("eclipselink.logging.level", "WARNING");
    emf = Persistence.createEntityManagerFactory("lantern", properties);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    emf.close();
  }

  private static DataSource newDataSource() {
    String pgUrl = System.getProperty(PG_URL_PROPERTY, "");
    if (!pgUrl.isBlank()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(pgUrl);
      Flyway.configure().dataSource(pg).cleanDisabled(false).load().clean();
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /**
   * Runs {@code work} in a transaction of its own and commits, or rolls back if it throws, so that
   * a failed step leaves nothing behind for the next one.
   */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Work on a plain JDBC connection. */
  public interface OnConnection<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on a connection of its own, in autocommit, as readers outside JPA do. */
  public <T> T onConnection(OnConnection<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.apply(connection);
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** {@link #inTransaction(Function)} for work that returns nothing. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }
}
