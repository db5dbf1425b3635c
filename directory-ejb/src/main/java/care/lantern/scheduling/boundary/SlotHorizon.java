package care.lantern.scheduling.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.control.FactClaims;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.control.SlotPublisher;
import care.lantern.scheduling.entity.CalendarId;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Keeps the bookable horizon rolling: every night each calendar (a provider's weekly hours at a
 * clinic) gets the slots of the day that has come into reach. The timer fires in every web module
 * of every node (each carries this bean): the night is claimed with a fact row first, and only the
 * claimant publishes, rather than several publications racing for the same new slots and all but
 * one rolling back on their unique key. A claimed night whose publication fails is caught up the
 * next night, as publishing brings every calendar up to the horizon.
 */
@Stateless
public class SlotHorizon {

  private static final Logger LOG = Logger.getLogger(SlotHorizon.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private SlotPublisher publisher;

  @Inject private NextFreeSlots nextFree;

  @Inject private FactClaims facts;

  @Inject private Clock clock;

  @Schedule(hour = "2", minute = "30", persistent = false)
  public void extend() {
    String night = "slot-horizon:" + LocalDate.now(clock);
    if (!claimed(night)) {
      return;
    }
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

  private boolean claimed(String night) {
    boolean claimed;
    try {
      claimed = facts.claim(night, "claimed", clock.instant());
    } catch (EJBException claimedInTheSameMoment) {
      claimed = false;
    }
    if (!claimed) {
      LOG.info(() -> "Slot horizon left to the module or node that claimed " + night);
    }
    return claimed;
  }

  /**
   * Consultations start on the hour: just after it, the calendars whose next free slot has started
   * point on to their next one, so the search finds it without scanning their slots. Runs in every
   * module and node unclaimed: the update is idempotent (a pointer already on a bookable slot is
   * left alone, so a second run a moment later changes nothing), one statement over one row per
   * calendar, and a pointer is only a shortcut the search checks before trusting.
   */
  @Schedule(hour = "*", minute = "1", persistent = false)
  public void advance() {
    nextFree.advancePast(clock.instant());
  }
}
