package care.lantern.referral.control;

import care.lantern.platform.entity.Choice;
import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.SlotUnavailableException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Receives, routes and (when asked) schedules one referral in a transaction of its own. The
 * referral row is written first: its unique {@code (practice_id, idempotency_key)} makes a second
 * request with the same key fail here, before anything is booked for it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReferralIntake {

  static final int MAX_BOOKING_ATTEMPTS = 10;

  private static final Logger LOG = Logger.getLogger(ReferralIntake.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ReferralRouter router;

  @Inject private ConsultationBooking booking;

  @Inject private WebhookOutbox outbox;

  /** The new referral's id. */
  public String receive(
      long practiceId, String idempotencyKey, String requestHash, ReferralRequest.Valid request) {
    Instant now = clock.instant();
    Practice practice = em.find(Practice.class, practiceId);
    Referral referral = new Referral(practice, request, idempotencyKey, requestHash, now);
    em.persist(referral);
    em.flush();
    outbox.enqueue(referral, now);
    ReferralRouter.Routing routing = router.route(request);
    referral.route(routing.matches(), clock.instant(), routing.note());
    outbox.enqueue(referral, clock.instant());
    if (request.autoSchedule() && schedule(referral)) {
      outbox.enqueue(referral, clock.instant());
    }
    LOG.info(
        () ->
            "Referral "
                + referral.getId()
                + " of practice "
                + practiceId
                + " is "
                + referral.getStatus());
    return referral.getId();
  }

  /** Tries the matches' free consultations, earliest first, until one is booked. */
  private boolean schedule(Referral referral) {
    Map<Long, ReferralMatch.OfferedSlot> candidates = new LinkedHashMap<>();
    referral.getMatches().stream()
        .flatMap(match -> match.slot().stream())
        .sorted(Comparator.comparing(ReferralMatch.OfferedSlot::start))
        .forEach(slot -> candidates.putIfAbsent(slot.id(), slot));
    List<ReferralMatch.OfferedSlot> tries =
        candidates.values().stream().limit(MAX_BOOKING_ATTEMPTS).toList();
    for (ReferralMatch.OfferedSlot slot : tries) {
      try {
        Confirmation booked = booking.book(referral.bookingFor(slot.id(), Choice.of(slot.mode())));
        referral.schedule(
            booked.appointment().reference(),
            clock.instant(),
            "Consultation " + booked.appointment().reference() + " booked.");
        return true;
      } catch (SlotUnavailableException | InvalidBookingException notThisOne) {
        LOG.fine(() -> "Referral " + referral.getId() + ": slot " + slot.id() + " not bookable");
      }
    }
    referral.remark(
        clock.instant(),
        tries.isEmpty()
            ? "Not scheduled: no matching provider has a free consultation in the next "
                + ReferralRouter.DAYS_AHEAD
                + " days."
            : "Not scheduled: the matching consultations were taken meanwhile.");
    return false;
  }
}
