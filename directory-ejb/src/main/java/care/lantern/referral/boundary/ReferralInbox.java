package care.lantern.referral.boundary;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.platform.entity.ResultPage;
import care.lantern.referral.control.WebhookOutbox;
import care.lantern.referral.entity.InboxEntry;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralChangedMeanwhileException;
import care.lantern.referral.entity.ReferralDetail;
import care.lantern.referral.entity.ReferralStatus;
import care.lantern.referral.entity.Urgency;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotView;
import care.lantern.staff.boundary.AuditTrail;
import care.lantern.staff.boundary.StaffScope;
import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.StaffIdentity;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A clinic's referral inbox: the referrals routing matched to one of the clinic's providers, and
 * those scheduled into the clinic. Staff read them, accept one by booking a consultation of a
 * matched provider here, or decline with a reason the referrer is told.
 *
 * <p>A referral reaches the clinic while it waits for an answer (ROUTED, or DECLINED after this
 * clinic declined) and once it is scheduled here; a referral scheduled at another clinic leaves
 * this clinic's inbox, with the patient's details. Anything else is "not found", exactly like
 * another clinic's referral.
 *
 * <p>Two answers at once cannot both win: each changes the referral, whose version the database
 * checks, so the second is rolled back whole (its booking included) and told so.
 */
@Stateless
public class ReferralInbox {

  public static final int PAGE_SIZE = 50;

  /** The slot picker offers the first days with free times within the next two weeks. */
  static final int FREE_TIME_DAYS = 5;

  static final int SEARCH_DAYS = 14;

  private static final Set<ReferralStatus> AWAITING =
      EnumSet.of(ReferralStatus.ROUTED, ReferralStatus.DECLINED);

  private static final DateTimeFormatter NOTE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.US);

  @PersistenceContext private EntityManager em;

  @Inject private StaffScope scope;

  @Inject private AuditTrail audit;

  @Inject private AppointmentBook book;

  @Inject private WebhookOutbox outbox;

  @Inject private Clock clock;

  /**
   * The clinic's referrals, urgent first, then newest; optionally only those in one status as the
   * clinic sees it.
   */
  public ResultPage<InboxEntry> inbox(long clinicId, Optional<ReferralStatus> status, int page) {
    StaffIdentity staff = scope.requireClinic(clinicId);
    Map<String, Referral> reached = new LinkedHashMap<>();
    em.createNamedQuery("Referral.routedToClinic", Referral.class)
        .setParameter("clinic", clinicId)
        .setParameter("statuses", AWAITING)
        .getResultStream()
        .forEach(r -> reached.put(r.getId(), r));
    em.createNamedQuery("Referral.scheduledAtClinic", Referral.class)
        .setParameter("clinic", clinicId)
        .getResultStream()
        .forEach(r -> reached.putIfAbsent(r.getId(), r));
    List<InboxEntry> entries =
        reached.values().stream()
            .map(r -> InboxEntry.of(r, clinicId))
            .filter(e -> status.isEmpty() || e.status() == status.get())
            .sorted(
                Comparator.comparing((InboxEntry e) -> e.urgency() != Urgency.URGENT)
                    .thenComparing(InboxEntry::receivedAt, Comparator.reverseOrder())
                    .thenComparing(InboxEntry::id))
            .toList();
    int first = Math.max(0, page);
    audit.record(
        staff,
        clinicId,
        AuditAction.VIEW_REFERRALS,
        "Referral inbox" + status.map(s -> " (" + s + ")").orElse(""));
    return new ResultPage<>(
        entries.stream().skip((long) first * PAGE_SIZE).limit(PAGE_SIZE).toList(),
        entries.size(),
        first,
        PAGE_SIZE);
  }

  /**
   * The referral as the clinic sees it; {@code clinicId} may be left out when the caller belongs to
   * only one of the clinics it reached.
   */
  public ReferralDetail referral(String referralId, Optional<Long> clinicId) {
    Referral referral = find(referralId);
    long clinic = clinicId.orElseGet(() -> onlyClinicOfCaller(referral));
    StaffIdentity staff = requireReached(referral, clinic);
    audit.record(staff, clinic, AuditAction.VIEW_REFERRAL, referral.getId());
    return detail(referral, clinic);
  }

  /**
   * Accepts the referral by booking the consultation in {@code slotId} (one of the free times of
   * {@link #referral}) the way every booking is made, so its guarantees hold and the patient gets
   * the confirmation email with the manage link; the referral is SCHEDULED and the referrer told.
   *
   * @return the appointment's reference
   */
  public String accept(
      String referralId, long clinicId, Long slotId, Choice<AppointmentMode> mode) {
    Referral referral = find(referralId);
    StaffIdentity staff = requireRoutedHere(referral, clinicId);
    requireOfferedSlot(referral, clinicId, slotId);
    Confirmation booked = book.book(referral.bookingFor(slotId, mode));
    AppointmentView appointment = booked.appointment();
    Instant now = clock.instant();
    referral.schedule(
        appointment.reference(),
        now,
        "Accepted by "
            + appointment.clinic().name()
            + ": consultation "
            + appointment.reference()
            + " booked for "
            + NOTE_TIME.format(appointment.start().atZone(appointment.clinic().timezone()))
            + ".");
    outbox.enqueue(referral, now);
    audit.record(staff, clinicId, AuditAction.ACCEPT_REFERRAL, referral.getId());
    flushOrChangedMeanwhile();
    return appointment.reference();
  }

  /**
   * Declines the referral for this clinic with a reason the referrer reads in its history. Once
   * every clinic it was routed to has declined, the referral is DECLINED and the referrer told by
   * webhook as well.
   *
   * @return whether the referral is now DECLINED
   */
  public boolean decline(String referralId, long clinicId, String reason) {
    Referral referral = find(referralId);
    StaffIdentity staff = requireRoutedHere(referral, clinicId);
    Instant now = clock.instant();
    String clinicName = em.find(Clinic.class, clinicId).getName();
    boolean closed = referral.declineAt(clinicId, clinicName, reason, now);
    if (closed) {
      outbox.enqueue(referral, now);
    }
    audit.record(staff, clinicId, AuditAction.DECLINE_REFERRAL, referral.getId());
    flushOrChangedMeanwhile();
    return closed;
  }

  private Referral find(String referralId) {
    return Optional.ofNullable(referralId)
        .filter(id -> !id.isBlank())
        .map(id -> em.find(Referral.class, id.trim()))
        .orElseThrow(() -> new NotFoundException("Referral"));
  }

  /** The caller, when the referral reached {@code clinicId} and that is one of their clinics. */
  private StaffIdentity requireReached(Referral referral, long clinicId) {
    StaffIdentity staff = scope.requireClinic(clinicId);
    if (!reached(referral, clinicId)) {
      throw new NotFoundException("Referral");
    }
    return staff;
  }

  /**
   * The caller, when routing matched the referral to {@code clinicId}, one of their clinics. An
   * answer is then refused by the referral's status, not hidden: the clinic saw the referral, and
   * must learn that someone else answered it meanwhile.
   */
  private StaffIdentity requireRoutedHere(Referral referral, long clinicId) {
    StaffIdentity staff = scope.requireClinic(clinicId);
    if (!referral.isRoutedTo(clinicId) && !reached(referral, clinicId)) {
      throw new NotFoundException("Referral");
    }
    return staff;
  }

  private boolean reached(Referral referral, long clinicId) {
    return (AWAITING.contains(referral.getStatus()) && referral.isRoutedTo(clinicId))
        || appointmentOf(referral).filter(a -> a.getClinic().getId() == clinicId).isPresent();
  }

  private long onlyClinicOfCaller(Referral referral) {
    StaffIdentity staff = scope.current();
    Set<Long> candidates = new LinkedHashSet<>(referral.matchedClinics());
    appointmentOf(referral).ifPresent(a -> candidates.add(a.getClinic().getId()));
    return candidates.stream()
        .filter(staff::belongsTo)
        .filter(clinic -> reached(referral, clinic))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Referral"));
  }

  private Optional<Appointment> appointmentOf(Referral referral) {
    return referral
        .appointmentReference()
        .flatMap(
            reference ->
                em.createNamedQuery("Appointment.byReference", Appointment.class)
                    .setParameter("reference", reference)
                    .getResultStream()
                    .findFirst());
  }

  /** Only a consultation of a provider routing matched at this clinic may be booked from here. */
  private void requireOfferedSlot(Referral referral, long clinicId, Long slotId) {
    if (slotId == null) {
      throw new InvalidBookingException(List.of(new FieldError("slotId", "Choose a time.")));
    }
    Slot slot = em.find(Slot.class, slotId);
    if (slot == null
        || slot.getClinic().getId() != clinicId
        || slot.getAppointmentType() != AppointmentType.CONSULTATION
        || !referral.matchedProvidersAt(clinicId).contains(slot.getProvider().getId())) {
      throw new InvalidBookingException(
          List.of(new FieldError("slotId", "Choose one of the times listed.")));
    }
  }

  /**
   * Writes the answer now, while it can still be refused here: the referral's version check fails
   * when someone else answered first (or, on H2, blocks on their uncommitted answer).
   */
  private void flushOrChangedMeanwhile() {
    try {
      em.flush();
    } catch (PersistenceException answeredMeanwhile) {
      throw new ReferralChangedMeanwhileException();
    }
  }

  private ReferralDetail detail(Referral referral, long clinicId) {
    Clinic clinic = em.find(Clinic.class, clinicId);
    return ReferralDetail.of(
        referral,
        ClinicSummary.of(clinic),
        matchedProviders(referral, clinicId),
        appointmentOf(referral).map(a -> AppointmentView.of(a, clock.instant())),
        referral.statusAt(clinicId) == ReferralStatus.ROUTED
            ? freeTimes(referral, clinic)
            : List.of());
  }

  private List<ReferralDetail.MatchedProvider> matchedProviders(Referral referral, long clinicId) {
    Map<Long, List<String>> treatments = new LinkedHashMap<>();
    referral.getMatches().stream()
        .filter(m -> m.getClinicId() == clinicId)
        .forEach(
            m -> {
              List<String> codes =
                  treatments.computeIfAbsent(m.getProviderId(), id -> new ArrayList<>());
              if (!codes.contains(m.getTreatmentCode())) {
                codes.add(m.getTreatmentCode());
              }
            });
    return treatments.entrySet().stream()
        .map(
            entry -> {
              Provider provider = em.find(Provider.class, entry.getKey());
              return new ReferralDetail.MatchedProvider(
                  provider.getId(),
                  provider.getName(),
                  provider.getCredentials(),
                  List.copyOf(entry.getValue()));
            })
        .toList();
  }

  /**
   * The matched providers' free consultations here on the first {@link #FREE_TIME_DAYS} clinic days
   * that have any within {@link #SEARCH_DAYS} days, each time once with the modes it is offered in.
   */
  private List<ReferralDetail.FreeTime> freeTimes(Referral referral, Clinic clinic) {
    LocalDate today = LocalDate.now(clock.withZone(clinic.zone()));
    Map<Long, ReferralDetail.FreeTime> bySlot = new LinkedHashMap<>();
    for (long providerId : referral.matchedProvidersAt(clinic.getId())) {
      Provider provider = em.find(Provider.class, providerId);
      List<SlotView> slots =
          book.freeSlots(
              providerId,
              Optional.of(today),
              Optional.of(today.plusDays(SEARCH_DAYS - 1L)),
              Optional.of(AppointmentType.CONSULTATION.treatmentCode()),
              Optional.empty());
      for (SlotView slot : slots) {
        if (slot.clinicId() != clinic.getId()) {
          continue;
        }
        ReferralDetail.FreeTime known = bySlot.get(slot.id());
        List<AppointmentMode> modes = new ArrayList<>(known == null ? List.of() : known.modes());
        modes.add(slot.mode());
        bySlot.put(
            slot.id(),
            new ReferralDetail.FreeTime(
                slot.id(),
                slot.start(),
                slot.end(),
                modes.stream().distinct().sorted().toList(),
                providerId,
                provider.getName(),
                provider.getCredentials()));
      }
    }
    List<ReferralDetail.FreeTime> ordered =
        bySlot.values().stream()
            .sorted(
                Comparator.comparing(ReferralDetail.FreeTime::start)
                    .thenComparing(ReferralDetail.FreeTime::providerName))
            .toList();
    Set<LocalDate> days = new LinkedHashSet<>();
    return ordered.stream()
        .filter(
            time -> {
              LocalDate day = LocalDate.ofInstant(time.start(), clinic.zone());
              return days.contains(day) || (days.size() < FREE_TIME_DAYS && days.add(day));
            })
        .toList();
  }
}
