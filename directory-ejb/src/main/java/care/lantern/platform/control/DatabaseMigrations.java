package care.lantern.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches JPA. Flyway takes a database lock, so two
 * web modules (or two cluster members) starting at once apply each migration exactly once; the
 * start-up turn ({@link OneNodeAtATime}) around it also keeps a node from migrating while another
 * is still loading the demo directory.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  private volatile boolean applied;

  @PostConstruct
  void migrate() {
    MigrateResult result;
    try (OneNodeAtATime turn = OneNodeAtATime.take(dataSource)) {
      result = applyTo(dataSource);
    }
    applied = true;
    LOG.info(
        () ->
            "Database schema up to date; " + result.migrationsExecuted + " migrations applied now");
  }

  /** Applies every pending migration shipped in {@code db/migration}. */
  public static MigrateResult applyTo(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  public boolean isApplied() {
    return applied;
  }
}
