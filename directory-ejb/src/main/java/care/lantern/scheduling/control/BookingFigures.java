package care.lantern.scheduling.control;

import care.lantern.platform.control.ThisModule;
import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Counts bookings and slot conflicts for {@code /metrics} (application scope). A booking counts
 * once committed, so a rolled-back one never does; a conflict counts when it is refused.
 */
@ApplicationScoped
public class BookingFigures {

  @Inject private MetricRegistry registry;

  @Inject private ThisModule module;

  private Counter booked;

  private Counter conflicts;

  @PostConstruct
  void register() {
    booked =
        registry.counter(
            Metadata.builder()
                .withName("lantern.bookings")
                .withDescription(
                    "Appointments booked and committed, by patients and by clinic staff")
                .build(),
            module.tag());
    conflicts =
        registry.counter(
            Metadata.builder()
                .withName("lantern.slot.conflicts")
                .withDescription(
                    "Holds and bookings refused because the time was taken or held (409)")
                .build(),
            module.tag());
  }

  /** Registers the figures at start, so that /metrics shows them before the first use. */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

  void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged changed) {
    if (changed.change() == Change.BOOKED) {
      booked.inc();
    }
  }

  /** A patient asked for a time someone else has: the API's 409, the site's "just taken". */
  public void slotTaken() {
    conflicts.inc();
  }
}
