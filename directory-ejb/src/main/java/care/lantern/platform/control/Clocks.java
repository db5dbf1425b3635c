package care.lantern.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock the business components read "now" from, so tests can stand still in time. */
@ApplicationScoped
public class Clocks {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
