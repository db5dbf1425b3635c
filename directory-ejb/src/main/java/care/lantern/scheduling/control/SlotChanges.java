package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.AvailabilityChanged;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * What follows a change to who may book a slot, wherever it happens (a patient's booking or cancel,
 * a clinic's cancel, a treatment session taking the provider's time): the calendar's next free slot
 * is pointed anew and searches stop serving results computed before.
 */
@ApplicationScoped
public class SlotChanges {

  @PersistenceContext private EntityManager em;

  @Inject private NextFreeSlots nextFree;

  @Inject private Event<AvailabilityChanged> availability;

  protected SlotChanges() {}

  /** Outside a container, e.g. in persistence tests. */
  SlotChanges(EntityManager em, NextFreeSlots nextFree, Event<AvailabilityChanged> availability) {
    this.em = em;
    this.nextFree = nextFree;
    this.availability = availability;
  }

  /** Frees the slot for other patients, unless the clinic's hours no longer give its time. */
  public void release(Slot slot, Instant now) {
    em.createNamedQuery("Slot.release").setParameter("id", slot.getId()).executeUpdate();
    em.createNamedQuery("Slot.withdrawIfOutsideHours")
        .setParameter("id", slot.getId())
        .executeUpdate();
    changed(slot.calendar(), now);
  }

  /** The slots of the provider's calendar at the clinic changed. */
  public void changed(CalendarId calendar, Instant now) {
    nextFree.refresh(calendar, now);
    searchesChanged();
  }

  /** A slot was held or withdrawn: searches must look again, the pointer checks holds itself. */
  public void searchesChanged() {
    availability.fire(new AvailabilityChanged());
  }
}
