package care.lantern.referral.control;

import care.lantern.platform.entity.Choice;
import care.lantern.referral.entity.IdempotencyKeyTakenException;
import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Confirmation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Writes a referral in short transactions of its own, which its caller ({@code ReferralDesk}, in
 * none) runs one after the other: {@link #receive} writes and routes it, {@link #scheduleInto}
 * books one consultation for it, {@link #notScheduled} says why none was booked. So a request holds
 * one database connection at a time and never waits for a second one while holding the first:
 * booking inside the open transaction of the referral would, and as many concurrent auto-scheduled
 * referrals as the pool has connections would then wait for each other until the pool times out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReferralIntake {

  static final int MAX_BOOKING_ATTEMPTS = 10;

  /** The unique (practice_id, idempotency_key) of V40__referrals.sql. */
  private static final String KEY_CONSTRAINT = "referral_idempotency";

  private static final Logger LOG = Logger.getLogger(ReferralIntake.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ReferralRouter router;

  @Inject private AppointmentBook book;

  @Inject private WebhookOutbox outbox;

  /**
   * A referral received and routed: its id and, when it asked to be scheduled, the consultations to
   * try, earliest first.
   */
  public record Received(String referralId, List<ReferralMatch.OfferedSlot> candidates) {}

  /**
   * Writes and routes the referral. The referral row is written first: its unique {@code
   * (practice_id, idempotency_key)} makes a second request with the same key fail here, before
   * anything is routed or booked for it.
   */
  public Received receive(
      long practiceId, String idempotencyKey, String requestHash, ReferralRequest.Valid request) {
    Instant now = clock.instant();
    Practice practice = em.find(Practice.class, practiceId);
    Referral referral = new Referral(practice, request, idempotencyKey, requestHash, now);
    em.persist(referral);
    try {
      em.flush();
    } catch (PersistenceException failed) {
      throw keyTaken(failed) ? new IdempotencyKeyTakenException() : failed;
    }
    outbox.enqueue(referral, now);
    ReferralRouter.Routing routing = router.route(request);
    referral.route(routing.matches(), clock.instant(), routing.note());
    outbox.enqueue(referral, clock.instant());
    logStatus(referral);
    return new Received(
        referral.getId(), request.autoSchedule() ? candidates(referral) : List.of());
  }

  /**
   * Books the consultation in {@code slot} for the referral and marks the referral SCHEDULED, both
   * in this one transaction, so that a booking never exists without its referral knowing of it. The
   * booking is made the way every booking is ({@link AppointmentBook}); the patient's confirmation
   * email goes out after the commit.
   *
   * @throws care.lantern.scheduling.entity.SlotUnavailableException when someone else took the slot
   *     meanwhile; like {@link care.lantern.scheduling.entity.InvalidBookingException}, it rolls
   *     back this attempt and nothing else
   * @throws care.lantern.referral.entity.ReferralNotChangeableException when the referral was
   *     answered meanwhile (a clinic accepted it)
   */
  public void scheduleInto(String referralId, ReferralMatch.OfferedSlot slot) {
    Referral referral = em.find(Referral.class, referralId);
    Confirmation booked = book.book(referral.bookingFor(slot.id(), Choice.of(slot.mode())));
    String reference = booked.appointment().reference();
    referral.schedule(reference, clock.instant(), "Consultation " + reference + " booked.");
    outbox.enqueue(referral, clock.instant());
    logStatus(referral);
  }

  /**
   * Notes in the history why the referral, which asked to be scheduled, was not: it stays ROUTED.
   *
   * @param triedAny whether any consultation was offered and tried
   */
  public void notScheduled(String referralId, boolean triedAny) {
    em.find(Referral.class, referralId)
        .remark(
            clock.instant(),
            triedAny
                ? "Not scheduled: the matching consultations were taken meanwhile."
                : "Not scheduled: no matching provider has a free consultation in the next "
                    + ReferralRouter.DAYS_AHEAD
                    + " days.");
  }

  /**
   * The matches' free consultations, earliest first, each once, at most the attempts allowed; only
   * at clinics that take the referral's payer for the consultation, which is what is booked
   * (routing matched the payer for the requested treatment, and a clinic may take it for one and
   * not the other: booking would refuse the payer).
   */
  private List<ReferralMatch.OfferedSlot> candidates(Referral referral) {
    Map<Long, Boolean> takesPayer = new HashMap<>();
    Map<Long, ReferralMatch.OfferedSlot> candidates = new LinkedHashMap<>();
    referral.getMatches().stream()
        .filter(
            match ->
                takesPayer.computeIfAbsent(
                    match.getClinicId(),
                    clinic -> takesForConsultation(clinic, referral.getPayerCode())))
        .flatMap(match -> match.slot().stream())
        .sorted(Comparator.comparing(ReferralMatch.OfferedSlot::start))
        .forEach(slot -> candidates.putIfAbsent(slot.id(), slot));
    return candidates.values().stream().limit(MAX_BOOKING_ATTEMPTS).toList();
  }

  /** Read as a count, so that no clinic becomes part of this transaction's persistence context. */
  private boolean takesForConsultation(long clinicId, String payer) {
    return em.createQuery(
                "SELECT COUNT(c) FROM Clinic c JOIN c.payers p WHERE c.id = :clinic"
                    + " AND p.treatmentCode = :treatment AND p.payerCode = :payer",
                Long.class)
            .setParameter("clinic", clinicId)
            .setParameter("treatment", AppointmentType.CONSULTATION.treatmentCode())
            .setParameter("payer", payer)
            .getSingleResult()
        > 0;
  }

  private static void logStatus(Referral referral) {
    LOG.info(
        () ->
            "Referral "
                + referral.getId()
                + " of practice "
                + referral.getPractice().getId()
                + " is "
                + referral.getStatus());
  }

  /** Whether the write was refused by the referral's unique (practice, idempotency key). */
  private static boolean keyTaken(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23") // integrity constraint violation
          && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(KEY_CONSTRAINT)) {
        return true;
      }
    }
    return false;
  }
}
