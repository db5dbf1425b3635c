package care.lantern.referral.control;

import care.lantern.referral.entity.Referral;
import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Keeps a referral in step with the appointment it was scheduled into: cancelled by the patient or
 * the clinic, attended or missed, the referral follows and the referrer hears of it (API and
 * webhook); a move is noted in the history. Runs in the transaction of the change, so both change
 * together or neither does. A referral already closed (the practice cancelled it, say) only gets a
 * note: the clinic's record of the visit must not fail because of it.
 */
@ApplicationScoped
public class AppointmentFollower {

  @PersistenceContext private EntityManager em;

  @Inject private WebhookOutbox outbox;

  @Inject private Clock clock;

  void follow(@Observes AppointmentChanged changed) {
    if (changed.change() == Change.BOOKED) {
      return;
    }
    em.createNamedQuery("Referral.byAppointment", Referral.class)
        .setParameter("reference", changed.appointment().reference())
        .getResultStream()
        .findFirst()
        .ifPresent(referral -> follow(referral, changed.change(), clock.instant()));
  }

  private void follow(Referral referral, Change change, Instant now) {
    String note = note(change);
    if (change == Change.RESCHEDULED || referral.getStatus().isClosed()) {
      referral.remark(now, note);
      return;
    }
    switch (change) {
      case ATTENDED -> referral.complete(now, note);
      case NO_SHOW -> referral.noShow(now, note);
      default -> referral.cancel(now, note);
    }
    outbox.enqueue(referral, now);
  }

  private static String note(Change change) {
    return switch (change) {
      case BOOKED -> "The consultation was booked.";
      case RESCHEDULED -> "The patient moved the consultation to another time.";
      case CANCELLED -> "The patient cancelled the consultation.";
      case CANCELLED_BY_CLINIC -> "The clinic cancelled the consultation.";
      case ATTENDED -> "The patient attended the consultation.";
      case NO_SHOW -> "The patient did not attend the consultation.";
    };
  }
}
