package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.CalendarsChanged;
import care.lantern.scheduling.entity.PublishedSlot;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one class that writes who may book a slot (publishes, holds, takes, frees or withdraws it),
 * and so the one that follows every such write up, in the same transaction: the changed provider's
 * next free slots are pointed anew ({@link NextFreeSlots#refresh}) and {@link CalendarsChanged}
 * names every calendar of that provider, since a provider is one person ({@link ProviderTime}) and
 * a change at one clinic changes what is free at the others. Callers check the rules (the
 * provider's lock, who may have the time); no caller has a follow-up to remember. {@code
 * SlotWritesTest} keeps the slot-writing queries here.
 */
@ApplicationScoped
public class SlotChanges {

  @PersistenceContext private EntityManager em;

  @Inject private NextFreeSlots nextFree;

  @Inject private Event<CalendarsChanged> calendarsChanged;

  protected SlotChanges() {}

  /** Outside a container, e.g. in persistence tests: {@code calendarsChanged} gets the events. */
  public SlotChanges(EntityManager em, Event<CalendarsChanged> calendarsChanged) {
    this.em = em;
    this.nextFree = new NextFreeSlots(em);
    this.calendarsChanged = calendarsChanged;
  }

  /**
   * Holds {@code slot} for the patient with {@code token} until {@code until}, with the provider's
   * open slots at other clinics that overlap it; false, holding nothing, if the slot is no longer
   * free. The caller holds the provider's lock ({@link ProviderTime#hold}).
   */
  public boolean hold(Slot slot, String token, Instant until, Instant now) {
    int held =
        em.createNamedQuery("Slot.hold")
            .setParameter("id", slot.getId())
            .setParameter("until", utc(until))
            .setParameter("holdToken", token)
            .setParameter("now", utc(now))
            .executeUpdate();
    if (held == 0) {
      return false;
    }
    em.createNamedQuery("Slot.holdOverlapping")
        .setParameter("provider", slot.getProvider().getId())
        .setParameter("id", slot.getId())
        .setParameter("until", utc(until))
        .setParameter("holdToken", token)
        .setParameter("now", utc(now))
        .setParameter("from", utc(slot.start()))
        .setParameter("to", utc(slot.end()))
        .executeUpdate();
    changed(slot.calendar(), now);
    return true;
  }

  /**
   * Books {@code slot} if it is free, or held with {@code holdToken}, and stores {@code booked},
   * the new appointment in it, if there is one (an appointment moved here is the caller's to move);
   * false, changing nothing, if someone else has it. The caller holds the provider's lock ({@link
   * ProviderTime#take}).
   */
  public boolean take(Slot slot, String holdToken, Optional<Appointment> booked, Instant now) {
    int taken =
        em.createNamedQuery("Slot.take")
            .setParameter("id", slot.getId())
            .setParameter("now", utc(now))
            .setParameter("holdToken", holdToken)
            .executeUpdate();
    if (taken == 0) {
      return false;
    }
    // Before the follow-up: the appointment takes the provider's time at the other clinics.
    booked.ifPresent(em::persist);
    changed(slot.calendar(), now);
    return true;
  }

  /**
   * Gives back the slot of an appointment just cancelled or moved away from: a consultation is free
   * for other patients again, unless the clinic's hours no longer give its time; a session's slot
   * was never offered to patients and stays out of their reach. Either way the provider's time is
   * free again at every clinic.
   */
  public void release(Slot slot, Instant now) {
    if (slot.getAppointmentType() == AppointmentType.CONSULTATION) {
      em.createNamedQuery("Slot.release").setParameter("id", slot.getId()).executeUpdate();
      em.createNamedQuery("Slot.withdrawIfOutsideHours")
          .setParameter("id", slot.getId())
          .executeUpdate();
    }
    changed(slot.calendar(), now);
  }

  /**
   * Withdraws, for a treatment session of the calendar's provider over {@code [from, to)}, the
   * provider's open slots at any clinic that overlap it and the unheld ones among {@code buffered},
   * which the clinics' buffers keep away from it.
   */
  public void withdrawForSession(
      CalendarId calendar, Instant from, Instant to, List<Long> buffered, Instant now) {
    em.createNamedQuery("Slot.withdrawOverlapping")
        .setParameter("provider", calendar.providerId())
        .setParameter("now", utc(now))
        .setParameter("from", utc(from))
        .setParameter("to", utc(to))
        .executeUpdate();
    if (!buffered.isEmpty()) {
      em.createNamedQuery("Slot.withdrawUnheld")
          .setParameter("ids", buffered)
          .setParameter("now", utc(now))
          .executeUpdate();
    }
    changed(calendar, now);
  }

  /**
   * Carries out {@code plan} for the calendar. Every change is a conditional UPDATE: a slot booked
   * or held since the plan was made is never withdrawn from its patient, only marked as outside the
   * hours.
   */
  public void publish(CalendarId calendar, SlotPlan plan) {
    if (plan.isEmpty()) {
      return;
    }
    plan.fresh().forEach(em::persist);
    updateAll("Slot.markOutsideHours", plan.nowOutsideHours());
    updateAll("Slot.markWithinHours", plan.nowWithinHours());
    updateAll("Slot.withdraw", plan.withdrawn().stream().map(PublishedSlot::id).toList());
    for (SlotPlan.Remode remode : plan.reopened()) {
      offer(em.createNamedQuery("Slot.reopen"), remode).executeUpdate();
    }
    for (SlotPlan.Remode remode : plan.modesChanged()) {
      offer(em.createNamedQuery("Slot.offerModes"), remode)
          .setParameter("now", utc(plan.now()))
          .executeUpdate();
    }
    changed(calendar, plan.now());
  }

  /**
   * The follow-up of every write above; the pointers read the appointments, so flush first. The
   * change is announced twice: as an event, for this module, and as {@link CalendarChangeLog}
   * notices, which become visible with the commit to the other web module and every other node.
   */
  private void changed(CalendarId calendar, Instant now) {
    em.flush();
    Set<CalendarId> changed = nextFree.refresh(calendar, now);
    new CalendarChangeLog(em).record(changed, now);
    calendarsChanged.fire(new CalendarsChanged(changed));
  }

  private void updateAll(String query, List<Long> ids) {
    if (!ids.isEmpty()) {
      em.createNamedQuery(query).setParameter("ids", ids).executeUpdate();
    }
  }

  private static Query offer(Query query, SlotPlan.Remode remode) {
    return query
        .setParameter("id", remode.slotId())
        .setParameter("inPerson", remode.modes().contains(AppointmentMode.IN_PERSON))
        .setParameter("telehealth", remode.modes().contains(AppointmentMode.TELEHEALTH));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
