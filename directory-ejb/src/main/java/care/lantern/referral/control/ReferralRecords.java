package care.lantern.referral.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.entity.IdempotencyConflictException;
import care.lantern.referral.entity.PracticeRef;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.ReferralView;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.SlotView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads referrals as their practice sees them. */
@Stateless
public class ReferralRecords {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /**
   * The referral sent earlier under {@code idempotencyKey} when it came from the same request, once
   * that request is done with it: empty while none was sent, and while the request is still booking
   * the referral it asked to be scheduled, so that the same request sent again answers as the first
   * did. A different request under the same key is a conflict.
   */
  public Optional<ReferralView> replay(PracticeRef practice, String idempotencyKey, String hash) {
    return sentEarlier(practice, idempotencyKey, hash)
        .filter(first -> first.readWhole() && !first.awaitsAutoScheduling())
        .map(this::view);
  }

  /**
   * The referral sent earlier under {@code idempotencyKey} as it stands, even while a booking for
   * it may still be under way: for a replay that waited long enough, as the request that sent it
   * may have failed or its server stopped before the booking settled.
   */
  public Optional<ReferralView> replayAsItStands(
      PracticeRef practice, String idempotencyKey, String hash) {
    return sentEarlier(practice, idempotencyKey, hash).map(this::view);
  }

  private Optional<Referral> sentEarlier(PracticeRef practice, String idempotencyKey, String hash) {
    // Read afresh, with everything it holds: a replay waiting for the first request polls here
    // within one call, whose persistence context would otherwise answer with the status it read
    // first beside a history loaded later.
    return em.createNamedQuery("Referral.byKey", Referral.class)
        .setParameter("practice", practice.id())
        .setParameter("key", idempotencyKey)
        .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
        .setHint("eclipselink.refresh", "true")
        .setHint("eclipselink.refresh.cascade", "CascadeAllParts")
        .getResultStream()
        .findFirst()
        .map(
            first -> {
              if (!first.cameFrom(hash)) {
                throw new IdempotencyConflictException();
              }
              return first;
            });
  }

  /** The practice's own referral; another practice's is as absent as an unknown one. */
  public Optional<ReferralView> find(PracticeRef practice, String id) {
    return Optional.ofNullable(id)
        .map(key -> em.find(Referral.class, key))
        .filter(referral -> referral.belongsTo(practice))
        .map(this::view);
  }

  public ResultPage<ReferralView> list(
      PracticeRef practice, Optional<ReferralStatus> status, int page, int size) {
    return new ReferralPages(em).ofPractice(practice.id(), status, page, size).map(this::view);
  }

  public boolean isKnownZip(String zip) {
    return em.find(ZipCode.class, zip) != null;
  }

  private ReferralView view(Referral referral) {
    return new ReferralView(
        referral.getId(),
        referral.getStatus(),
        referral.getUrgency(),
        referral.requestedTreatments(),
        referral.createdAt(),
        referral.updatedAt(),
        matches(referral.getMatches()),
        referral.appointmentReference().flatMap(this::appointment),
        referral.getHistory().stream().map(ReferralView.HistoryEntry::of).toList());
  }

  /** Rows of one (treatment, provider, clinic) are consecutive: they become one match. */
  private List<ReferralView.Match> matches(List<ReferralMatch> rows) {
    List<ReferralView.Match> matches = new ArrayList<>();
    ReferralMatch current = null;
    List<SlotView> slots = new ArrayList<>();
    for (ReferralMatch row : rows) {
      if (current == null || !sameMatch(current, row)) {
        if (current != null) {
          matches.add(match(current, slots));
        }
        current = row;
        slots = new ArrayList<>();
      }
      Clinic clinic = em.find(Clinic.class, row.getClinicId());
      row.slot()
          .map(
              s ->
                  new SlotView(s.id(), s.start(), s.end(), clinic.getId(), s.mode(), clinic.zone()))
          .ifPresent(slots::add);
    }
    if (current != null) {
      matches.add(match(current, slots));
    }
    return matches;
  }

  private ReferralView.Match match(ReferralMatch row, List<SlotView> slots) {
    Provider provider = em.find(Provider.class, row.getProviderId());
    Clinic clinic = em.find(Clinic.class, row.getClinicId());
    return new ReferralView.Match(
        row.getTreatmentCode(),
        provider.getId(),
        provider.getName(),
        provider.getCredentials(),
        ClinicSummary.of(clinic),
        row.getDistanceMiles(),
        List.copyOf(slots));
  }

  private static boolean sameMatch(ReferralMatch a, ReferralMatch b) {
    return a.getTreatmentCode().equals(b.getTreatmentCode())
        && a.getProviderId() == b.getProviderId()
        && a.getClinicId() == b.getClinicId();
  }

  private Optional<AppointmentView> appointment(String reference) {
    return em.createNamedQuery("Appointment.byReference", Appointment.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst()
        .map(a -> AppointmentView.of(a, clock.instant()));
  }
}
