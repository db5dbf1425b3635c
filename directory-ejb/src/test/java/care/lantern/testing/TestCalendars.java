package care.lantern.testing;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.Slot;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * The clinics, providers and consultation slots the persistence tests book on, persisted and
 * flushed in the caller's transaction so that their ids are known.
 */
public final class TestCalendars {

  private TestCalendars() {}

  /** A clinic at {@code zip}, in person and by telehealth, offering consultations paid by Aetna. */
  public static Clinic clinic(EntityManager em, String zip) {
    ZipCode at = em.find(ZipCode.class, zip);
    Clinic clinic =
        new Clinic("Clinic", "1 Test St", at, at.location(), "(555) 0100", true, List.of("en"));
    clinic.offer("CONSULTATION", List.of("AETNA"));
    em.persist(clinic);
    em.flush();
    return clinic;
  }

  /**
   * Two clinics at 10001, North and South Harbor, offering consultations and TMS to self-payers,
   * for a provider who works at both; their ids, North's first.
   */
  public static long[] harborClinics(EntityManager em) {
    Clinic north = harborClinic(em, "North Harbor Clinic");
    Clinic south = harborClinic(em, "South Harbor Clinic");
    em.flush();
    return new long[] {north.getId(), south.getId()};
  }

  private static Clinic harborClinic(EntityManager em, String name) {
    ZipCode zip = em.find(ZipCode.class, "10001");
    Clinic clinic =
        new Clinic(name, "1 Test St", zip, zip.location(), "(555) 0100", false, List.of("en"));
    clinic.offer("CONSULTATION", List.of("SELF_PAY"));
    clinic.offer("TMS", List.of("SELF_PAY"));
    em.persist(clinic);
    return clinic;
  }

  /** A provider who practises at {@code clinic}. */
  public static Provider provider(EntityManager em, Clinic clinic) {
    Provider provider =
        new Provider("Provider", "MD", "Bio", 5, "Board certified", "Listen", true, List.of("en"));
    provider.practiseAt(clinic);
    em.persist(provider);
    em.flush();
    return provider;
  }

  /** An open 45-minute consultation from {@code start}, in either mode. */
  public static Slot consultation(
      EntityManager em, Provider provider, Clinic clinic, Instant start) {
    Slot slot =
        new Slot(
            provider,
            clinic,
            AppointmentType.CONSULTATION,
            start,
            start.plus(Duration.ofMinutes(45)),
            EnumSet.allOf(AppointmentMode.class));
    em.persist(slot);
    em.flush();
    return slot;
  }

  /**
   * Holds the slot for {@code holdToken} for {@link BookingPolicy#HOLD_TIME} from {@code now}, with
   * the booking page's query; 1 if held, else 0.
   */
  public static int hold(EntityManager em, long slotId, String holdToken, Instant now) {
    return em.createNamedQuery("Slot.hold")
        .setParameter("id", slotId)
        .setParameter("until", now.plus(BookingPolicy.HOLD_TIME).atOffset(ZoneOffset.UTC))
        .setParameter("holdToken", holdToken)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }

  /** Takes the slot for a booking with the booking's query: 1 if taken, else 0. */
  public static int take(EntityManager em, long slotId, String holdToken, Instant now) {
    return em.createNamedQuery("Slot.take")
        .setParameter("id", slotId)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setParameter("holdToken", holdToken)
        .executeUpdate();
  }
}
