package care.lantern.scheduling.control;

import care.lantern.platform.entity.Secrets;
import care.lantern.scheduling.entity.Appointment;
import jakarta.persistence.EntityManager;

/**
 * The two secrets of a booking: a short reference a person can read out on the phone, and the
 * unguessable manage token that makes the manage link work.
 */
public final class ManageCodes {

  /** No 0/O, 1/I/L or U: nothing to confuse when read aloud or typed. */
  private static final String READABLE = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final int REFERENCE_LENGTH = 6;

  /** E.g. {@code LN-7KQ4MZ}: 30^6 ≈ 7×10^8 values; uniqueness is checked by the database. */
  public String reference() {
    return "LN-" + Secrets.drawn(READABLE, REFERENCE_LENGTH);
  }

  /** A reference no appointment in {@code em}'s database has yet. */
  public String unusedReference(EntityManager em) {
    String reference;
    do {
      reference = reference();
    } while (!em.createNamedQuery("Appointment.byReference", Appointment.class)
        .setParameter("reference", reference)
        .getResultList()
        .isEmpty());
    return reference;
  }

  /** 256 random bits, URL-safe. */
  public String token() {
    return Secrets.urlToken();
  }
}
