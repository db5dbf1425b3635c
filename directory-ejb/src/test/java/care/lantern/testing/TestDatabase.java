package care.lantern.testing;

import care.lantern.platform.control.DatabaseMigrations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A freshly migrated database for persistence tests: a private in-memory H2 by default, or the
 * PostgreSQL named by the system property {@code lantern.test.pg.url} (cleaned first, so each test
 * class starts from the migrations alone).
 */
public final class TestDatabase implements AutoCloseable {

  private static final String PG_URL_PROPERTY = "lantern.test.pg.url";

  private final DataSource dataSource;
  private final EntityManagerFactory emf;

  private TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    DatabaseMigrations.applyTo(dataSource);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", "");
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("eclipselink.logging.level", "WARNING");
    this.emf = Persistence.createEntityManagerFactory("lantern", properties);
  }

  /** A migrated database for one test class. */
  public static TestDatabase migrated() {
    String pgUrl = System.getProperty(PG_URL_PROPERTY, "");
    if (!pgUrl.isBlank()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(pgUrl);
      Flyway.configure().dataSource(pg).cleanDisabled(false).load().clean();
      return new TestDatabase(pg);
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return new TestDatabase(h2);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /** Runs {@code work} in a transaction of its own, committed when it returns normally. */
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

  @Override
  public void close() {
    emf.close();
  }
}
