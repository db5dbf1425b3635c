package care.lantern.platform.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.control.DemoDirectory.Directory;
import care.lantern.platform.control.DemoDirectory.Hours;
import care.lantern.platform.entity.PlatformFact;
import care.lantern.scheduling.control.SlotPublisher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the demo directory in several short transactions, so that even the benchmark's 50,000
 * providers and their slots stay within the transaction timeout.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

  @PersistenceContext private EntityManager em;

  @Inject private SlotPublisher slots;

  /** Records that demo data is loaded; false when it already was. */
  public boolean claim(String fact, String value, Instant now) {
    if (em.find(PlatformFact.class, fact) != null) {
      return false;
    }
    em.persist(new PlatformFact(fact, value, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    em.flush();
    return true;
  }

  public void writeDirectory(Directory directory) {
    directory.clinics().forEach(em::persist);
    directory.providers().forEach(em::persist);
    directory.hours().forEach(hours -> hours.rows().forEach(em::persist));
  }

  /** Publishes the slots of {@code batch}; returns how many. */
  public int writeSlots(List<Hours> batch, Instant now) {
    int published = 0;
    for (Hours hours : batch) {
      var fresh =
          slots.slotsFor(
              em.getReference(Provider.class, hours.provider().getId()),
              em.getReference(Clinic.class, hours.clinic().getId()),
              hours.rules(),
              List.of(),
              now);
      fresh.forEach(em::persist);
      published += fresh.size();
    }
    return published;
  }
}
