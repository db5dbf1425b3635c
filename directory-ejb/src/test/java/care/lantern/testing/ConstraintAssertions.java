package care.lantern.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Asserts that the database refused a write on one particular integrity constraint, not merely that
 * something failed. H2 and PostgreSQL both report SQL state class 23 (integrity constraint
 * violation); they spell the constraint differently (H2 upper-case, as the name of the index behind
 * it; PostgreSQL lower-case), so the name is compared ignoring case.
 */
public final class ConstraintAssertions {

  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  private ConstraintAssertions() {}

  /**
   * Asserts that {@code write} throws, caused by an integrity constraint violation whose message
   * names {@code constraint}: the constraint's name from the migration, or for a constraint the
   * migration left unnamed, the column it guards (both databases report it).
   */
  public static void assertViolates(String constraint, ThrowingCallable write) {
    Throwable thrown = catchThrowable(write);

    assertThat(thrown).as("the write should have been refused by %s", constraint).isNotNull();
    SQLException violation = integrityViolationIn(thrown);
    assertThat((Throwable) violation)
        .as("an integrity constraint violation (SQL state 23xxx) behind %s", thrown)
        .isNotNull();
    assertThat(violation.getMessage().toLowerCase(Locale.ROOT))
        .as("the violated constraint")
        .contains(constraint.toLowerCase(Locale.ROOT));
  }

  private static SQLException integrityViolationIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION)) {
        return sql;
      }
    }
    return null;
  }
}
