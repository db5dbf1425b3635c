package care.lantern.platform.boundary;

import care.lantern.platform.control.DatabaseMigrations;
import care.lantern.platform.control.ThisModule;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready} is UP only while the database answers and every migration has run. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  @EJB private DatabaseMigrations migrations;

  @Inject private ThisModule module;

  @Override
  public HealthCheckResponse call() {
    boolean reachable = databaseAnswers();
    boolean migrated = migrations.isApplied();
    return HealthCheckResponse.named("database")
        .status(reachable && migrated)
        .withData("reachable", reachable)
        .withData("migrated", migrated)
        .withData("module", module.name())
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException unreachable) {
      return false;
    }
  }
}
