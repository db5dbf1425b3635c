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
 * Keeps a referral in step with the appointment it was scheduled into: when the patient cancels
 * from the manage link the referral is CANCELLED (and the referrer hears of it); a move is noted in
 * the history. Runs in the patient's transaction, so both change together or neither does.
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
        .ifPresent(referral -> follow(referral, changed, clock.instant()));
  }

  private void follow(Referral referral, AppointmentChanged changed, Instant now) {
    if (changed.change() == Change.CANCELLED) {
      referral.cancel(now, "The patient cancelled the consultation.");
      outbox.enqueue(referral, now);
    } else {
      referral.remark(now, "The patient moved the consultation to another time.");
    }
  }
}
