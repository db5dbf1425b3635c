package care.lantern.scheduling.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.control.SlotPublisher;
import care.lantern.scheduling.entity.CalendarId;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Keeps the bookable horizon rolling: every night each calendar (a provider's weekly hours at a
 * clinic) gets the slots of the day that has come into reach. Publishing is idempotent, so a second
 * cluster member doing the same finds nothing to add.
 */
@Stateless
public class SlotHorizon {

  private static final Logger LOG = Logger.getLogger(SlotHorizon.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private SlotPublisher publisher;

  @Inject private NextFreeSlots nextFree;

  @Inject private Clock clock;

  @Schedule(hour = "2", minute = "30", persistent = false)
  public void extend() {
    int published = 0;
    for (CalendarId calendar :
        em.createNamedQuery("WeeklyAvailability.calendars", CalendarId.class).getResultList()) {
      published +=
          publisher
              .publish(
                  em.getReference(Provider.class, calendar.providerId()),
                  em.getReference(Clinic.class, calendar.clinicId()),
                  clock.instant())
              .addedCount();
    }
    int count = published;
    LOG.info(() -> "Slot horizon extended: " + count + " consultation slots published");
  }

  /**
   * Consultations start on the hour: just after it, the calendars whose next free slot has started
   * point on to their next one, so the search finds it without scanning their slots.
   */
  @Schedule(hour = "*", minute = "1", persistent = false)
  public void advance() {
    nextFree.advancePast(clock.instant());
  }
}
