package care.lantern.referral.control;

import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.BookingSource;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.PatientDetails;
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
    if (request.autoSchedule() && schedule(referral, request, practice)) {
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

  /**
   * Tries the matches' free consultations, earliest first, until one is booked. The referring
   * physician attests the patient's consent to be booked when sending an auto-scheduled referral
   * (the API documents this), so the booking carries consent on the patient's behalf.
   */
  private boolean schedule(Referral referral, ReferralRequest.Valid request, Practice practice) {
    Map<Long, ReferralMatch.OfferedSlot> candidates = new LinkedHashMap<>();
    referral.getMatches().stream()
        .flatMap(match -> match.slot().stream())
        .sorted(Comparator.comparing(ReferralMatch.OfferedSlot::start))
        .forEach(slot -> candidates.putIfAbsent(slot.id(), slot));
    List<ReferralMatch.OfferedSlot> tries =
        candidates.values().stream().limit(MAX_BOOKING_ATTEMPTS).toList();
    for (ReferralMatch.OfferedSlot slot : tries) {
      try {
        Confirmation booked = booking.book(bookingFor(slot, request, practice));
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

  private static BookingRequest bookingFor(
      ReferralMatch.OfferedSlot slot, ReferralRequest.Valid request, Practice practice) {
    PatientDetails patient = request.patient();
    return new BookingRequest(
        slot.id(),
        slot.mode().name(),
        new PatientDetails.Input(
            patient.getFirstName(),
            patient.getLastName(),
            patient.getEmail(),
            patient.getPhone(),
            patient.getDateOfBirth().toString(),
            patient.getZip()),
        request.payer(),
        reason(request, practice),
        BookingSource.REFERRAL.name(),
        null,
        Boolean.TRUE,
        null);
  }

  private static String reason(ReferralRequest.Valid request, Practice practice) {
    String reason =
        "Referral from "
            + practice.getName()
            + " for "
            + String.join(", ", request.requestedTreatments())
            + " (ICD-10 "
            + String.join(", ", request.diagnosisCodes())
            + ")"
            + request.notes().map(n -> ": " + n).orElse("");
    return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
  }
}
