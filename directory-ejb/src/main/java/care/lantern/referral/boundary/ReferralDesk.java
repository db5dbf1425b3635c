package care.lantern.referral.boundary;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Treatment;
import care.lantern.platform.control.DemoMode;
import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.control.Practices;
import care.lantern.referral.control.ReferralIntake;
import care.lantern.referral.control.ReferralRecords;
import care.lantern.referral.entity.IdempotencyKeyTakenException;
import care.lantern.referral.entity.InvalidReferralException;
import care.lantern.referral.entity.PracticeRef;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralNotChangeableException;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.referral.entity.ReferralResult;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.ReferralView;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.SlotUnavailableException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Referring practices' entry point: who is calling, sending a referral, and reading their own.
 *
 * <p>Sending is idempotent per practice and {@code Idempotency-Key}. The database decides between
 * two requests with one key: the referral row carries a unique (practice, key), so of two racing
 * requests one inserts and the other fails. The one that fails then waits until the winner's
 * referral is committed (and, when asked, scheduled) and answers with it (same request) or with a
 * conflict (another request). Each step therefore runs in its own transaction, and this method in
 * none: each booking attempt too, so that a request holds at most one database connection at a time
 * (see {@link ReferralIntake}).
 */
@Stateless
public class ReferralDesk {

  public static final int MAX_PAGE_SIZE = 100;
  static final int MAX_KEY_LENGTH = 255;

  /** How long a request that lost the race on its key waits for the winner to commit. */
  static final Duration WINNER_WAIT = Duration.ofSeconds(30);

  private static final Duration POLL = Duration.ofMillis(100);

  @Inject private Practices practices;

  @Inject private ReferralRecords records;

  @Inject private ReferralIntake intake;

  @Inject private ReferenceData referenceData;

  @Inject private Clock clock;

  @Inject private DemoMode demoMode;

  /** The practice whose valid, unrevoked key {@code bearer} is. */
  public Optional<PracticeRef> authenticate(String bearer) {
    return bearer == null || bearer.isBlank()
        ? Optional.empty()
        : practices.authenticate(bearer.trim(), demoMode.isOn());
  }

  /**
   * Receives, routes and, when asked, schedules a referral; or answers with the referral an earlier
   * identical request under the same key created.
   *
   * @param requestHash SHA-256 (hex) of the request body in canonical form, computed by the edge
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ReferralResult submit(
      PracticeRef practice, String idempotencyKey, ReferralRequest request, String requestHash) {
    String key = validKey(idempotencyKey);
    Optional<ReferralView> earlier = records.replay(practice, key, requestHash);
    if (earlier.isPresent()) {
      return new ReferralResult(earlier.get(), true);
    }
    ReferralRequest.Valid valid = validated(request);
    ReferralIntake.Received received;
    try {
      received = intake.receive(practice.id(), key, requestHash, valid);
    } catch (IdempotencyKeyTakenException lostRace) {
      return awaitWinner(practice, key, requestHash)
          .map(winner -> new ReferralResult(winner, true))
          .orElseThrow(() -> lostRace);
    }
    if (valid.autoSchedule()) {
      schedule(received);
    }
    return new ReferralResult(find(practice, received.referralId()), false);
  }

  /**
   * Tries the referral's candidate consultations, earliest first, until one is booked, each attempt
   * in a transaction of its own; notes why none was when none is.
   */
  private void schedule(ReferralIntake.Received received) {
    for (ReferralMatch.OfferedSlot slot : received.candidates()) {
      try {
        intake.scheduleInto(received.referralId(), slot);
        return;
      } catch (SlotUnavailableException | InvalidBookingException takenMeanwhile) {
        // Only this attempt was rolled back; the next candidate may still be free.
      } catch (ReferralNotChangeableException answeredMeanwhile) {
        // A clinic accepted the referral first: it is scheduled, and nothing is left to do.
        return;
      }
    }
    intake.notScheduled(received.referralId(), !received.candidates().isEmpty());
  }

  /** The caller's own referral; another practice's is reported as not found. */
  public ReferralView find(PracticeRef practice, String id) {
    return records.find(practice, id).orElseThrow(() -> new NotFoundException("Referral"));
  }

  /** The caller's referrals, newest first, optionally in one status. */
  public ResultPage<ReferralView> list(
      PracticeRef practice, Optional<String> status, int page, int size) {
    List<FieldError> errors = new ArrayList<>();
    Optional<ReferralStatus> wanted = Optional.empty();
    if (status.filter(s -> !s.isBlank()).isPresent()) {
      try {
        wanted = Optional.of(ReferralStatus.valueOf(status.get().trim().toUpperCase()));
      } catch (IllegalArgumentException unknown) {
        errors.add(
            new FieldError(
                "status",
                "Use one of "
                    + Set.of(ReferralStatus.values()).stream()
                        .map(Enum::name)
                        .sorted()
                        .collect(Collectors.joining(", "))
                    + "."));
      }
    }
    if (page < 0) {
      errors.add(new FieldError("page", "Pages count from 0."));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.add(new FieldError("size", "Ask for 1 to " + MAX_PAGE_SIZE + " referrals a page."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidReferralException(errors);
    }
    return records.list(practice, wanted, page, size);
  }

  private ReferralRequest.Valid validated(ReferralRequest request) {
    ReferralRequest.Valid valid =
        request.validated(
            LocalDate.now(clock),
            referenceData.payers().stream().map(Payer::getCode).collect(Collectors.toSet()),
            referenceData.treatments().stream()
                .map(Treatment::getCode)
                .collect(Collectors.toSet()));
    if (!records.isKnownZip(valid.patient().getZip())) {
      throw new InvalidReferralException(
          List.of(new FieldError("patient.zip", "We do not know this ZIP code.")));
    }
    return valid;
  }

  private static String validKey(String idempotencyKey) {
    String key = idempotencyKey == null ? "" : idempotencyKey.trim();
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidReferralException(
          List.of(
              new FieldError(
                  "Idempotency-Key",
                  "Send a unique Idempotency-Key header of 1 to "
                      + MAX_KEY_LENGTH
                      + " characters with every new referral.")));
    }
    return key;
  }

  /**
   * The referral of the request that won the key, once committed and done with ({@link
   * ReferralRecords#replay}), or as it stands after {@link #WINNER_WAIT}; empty if none appears in
   * time (the failure was something else, or the winner rolled back).
   */
  private Optional<ReferralView> awaitWinner(PracticeRef practice, String key, String hash) {
    Instant giveUp = clock.instant().plus(WINNER_WAIT);
    while (true) {
      Optional<ReferralView> winner = records.replay(practice, key, hash);
      if (winner.isPresent()) {
        return winner;
      }
      if (clock.instant().isAfter(giveUp)) {
        return records.replayAsItStands(practice, key, hash);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }
}
