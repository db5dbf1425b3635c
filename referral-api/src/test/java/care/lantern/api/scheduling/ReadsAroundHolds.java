package care.lantern.api.scheduling;

import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.Slot;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * In a test deployment only: a bean that reads outside a transaction between calls that commit
 * calendar changes, as the demo start-up singletons and the referral desk do. Each hold's commit
 * has the search index read the calendar again while this bean's invocation is the current one.
 */
@Stateless
public class ReadsAroundHolds {

  @PersistenceContext private EntityManager em;

  @Inject private AppointmentBook book;

  /** Holds each slot, reading it first; answers how many it held. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int holdEach(List<Long> slots) {
    int held = 0;
    for (long slot : slots) {
      if (em.find(Slot.class, slot) != null) {
        book.hold(slot);
        held++;
      }
    }
    return held;
  }
}
