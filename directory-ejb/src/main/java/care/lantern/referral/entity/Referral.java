package care.lantern.referral.entity;

import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.PatientDetails;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A referral from a practice. It guards its own status moves (see {@link ReferralStatus}) and
 * writes each one to its history. It remembers the {@code Idempotency-Key} it came with and a
 * SHA-256 of the request, so that the same request sent again is answered with this referral and a
 * different one under the same key is refused.
 */
@Entity
@NamedQuery(
    name = "Referral.byKey",
    query = "SELECT r FROM Referral r WHERE r.practice.id = :practice AND r.idempotencyKey = :key")
@NamedQuery(
    name = "Referral.ofPractice",
    query =
        "SELECT r FROM Referral r WHERE r.practice.id = :practice"
            + " ORDER BY r.createdAt DESC, r.id")
@NamedQuery(
    name = "Referral.countOfPractice",
    query = "SELECT COUNT(r) FROM Referral r WHERE r.practice.id = :practice")
@NamedQuery(
    name = "Referral.ofPracticeInStatus",
    query =
        "SELECT r FROM Referral r WHERE r.practice.id = :practice AND r.status = :status"
            + " ORDER BY r.createdAt DESC, r.id")
@NamedQuery(
    name = "Referral.byAppointment",
    query = "SELECT r FROM Referral r WHERE r.appointmentReference = :reference")
@NamedQuery(
    name = "Referral.inboxOfClinic",
    query = Referral.INBOX_ENTRY + Referral.IN_INBOX + Referral.INBOX_ORDER)
@NamedQuery(
    name = "Referral.inboxOfClinicInStatus",
    query =
        Referral.INBOX_ENTRY
            + Referral.IN_INBOX
            + " AND "
            + Referral.STATUS_SEEN_BY_CLINIC
            + " = :status"
            + Referral.INBOX_ORDER)
@NamedQuery(
    name = "Referral.countInInboxOfClinic",
    query = "SELECT COUNT(r) FROM Referral r" + Referral.IN_INBOX)
@NamedQuery(
    name = "Referral.countInInboxOfClinicInStatus",
    query =
        "SELECT COUNT(r) FROM Referral r"
            + Referral.IN_INBOX
            + " AND "
            + Referral.STATUS_SEEN_BY_CLINIC
            + " = :status")
@NamedQuery(
    name = "Referral.countOfPracticeInStatus",
    query =
        "SELECT COUNT(r) FROM Referral r WHERE r.practice.id = :practice AND r.status = :status")
public class Referral {

  private static final String LIST_SEPARATOR = ",";

  private static final String STATUS = "care.lantern.referral.entity.ReferralStatus.";

  /**
   * JPQL: the status of referral {@code r} as clinic {@code :clinic} sees it, the query's form of
   * {@link #statusAt} (the inbox filters on it in the database). Change both together; {@code
   * ReferralPagesMappingIT} checks that they agree. It yields the status's name: EclipseLink would
   * write an enum literal in a CASE as its ordinal, while the column holds names.
   */
  static final String STATUS_SEEN_BY_CLINIC =
      "CASE WHEN r.status = "
          + STATUS
          + "ROUTED AND EXISTS (SELECT d.id FROM ClinicDecline d WHERE d.referral = r"
          + " AND d.clinicId = :clinic) THEN 'DECLINED' ELSE r.status END";

  /**
   * JPQL: referral {@code r} reached clinic {@code :clinic}'s inbox: routing matched it there and
   * it awaits an answer (ROUTED, or DECLINED after a clinic declined), or it was scheduled there.
   * {@code ReferralInbox} checks the same for one referral it has loaded.
   */
  static final String IN_INBOX =
      " WHERE ((r.status IN ("
          + STATUS
          + "ROUTED, "
          + STATUS
          + "DECLINED) AND EXISTS (SELECT x.id FROM Referral x JOIN x.matches m"
          + " WHERE x = r AND m.clinicId = :clinic))"
          + " OR EXISTS (SELECT a.id FROM Appointment a WHERE a.reference = r.appointmentReference"
          + " AND a.clinic.id = :clinic))";

  /** JPQL: an {@link InboxEntry} of referral {@code r}. */
  static final String INBOX_ENTRY =
      "SELECT NEW care.lantern.referral.entity.InboxEntry(r.id, r.urgency, "
          + STATUS_SEEN_BY_CLINIC
          + ", r.createdAt, r.patient.firstName, r.patient.lastName, p.name,"
          + " r.requestedTreatments) FROM Referral r JOIN r.practice p";

  /** JPQL: urgent first, then newest; the id keeps pages apart when two arrive together. */
  static final String INBOX_ORDER =
      " ORDER BY CASE WHEN r.urgency = care.lantern.referral.entity.Urgency.URGENT THEN 0 ELSE 1"
          + " END, r.createdAt DESC, r.id";

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id")
  private Practice practice;

  @Embedded private PatientDetails patient;

  @Column(name = "payer_code", nullable = false)
  private String payerCode;

  /** Comma-separated: a short, closed list that is only ever read whole. */
  @Column(name = "diagnosis_codes", nullable = false)
  private String diagnosisCodes;

  @Column(name = "phq9_score")
  private Integer phq9Score;

  @Column(name = "prior_antidepressant_trials")
  private Integer priorAntidepressantTrials;

  /** Comma-separated, like {@link #diagnosisCodes}. */
  @Column(name = "requested_treatments", nullable = false)
  private String requestedTreatments;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Urgency urgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_mode")
  private AppointmentMode preferredMode;

  @Column(length = 2000)
  private String notes;

  @Column(name = "auto_schedule", nullable = false)
  private boolean autoSchedule;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(name = "appointment_reference")
  private String appointmentReference;

  @Column(name = "idempotency_key", nullable = false)
  private String idempotencyKey;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(name = "referral_match", joinColumns = @JoinColumn(name = "referral_id"))
  @OrderColumn(name = "match_order")
  private List<ReferralMatch> matches = new ArrayList<>();

  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  @OrderBy("at, id")
  private List<ReferralEvent> history = new ArrayList<>();

  @OneToMany(mappedBy = "referral", cascade = CascadeType.PERSIST)
  private List<ClinicDecline> declines = new ArrayList<>();

  @Version private long version;

  protected Referral() {}

  public Referral(
      Practice practice,
      ReferralRequest.Valid request,
      String idempotencyKey,
      String requestHash,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.practice = practice;
    this.patient = request.patient();
    this.payerCode = request.payer();
    this.diagnosisCodes = String.join(LIST_SEPARATOR, request.diagnosisCodes());
    this.phq9Score = request.phq9Score().orElse(null);
    this.priorAntidepressantTrials = request.priorAntidepressantTrials().orElse(null);
    this.requestedTreatments = String.join(LIST_SEPARATOR, request.requestedTreatments());
    this.urgency = request.urgency();
    this.preferredMode = request.preferredMode().orElse(null);
    this.notes = request.notes().orElse(null);
    this.autoSchedule = request.autoSchedule();
    this.idempotencyKey = idempotencyKey;
    this.requestHash = requestHash;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    this.status = ReferralStatus.RECEIVED;
    record(ReferralStatus.RECEIVED, now, null);
  }

  /** Whether {@code hash} is the hash of the request this referral was created from. */
  public boolean cameFrom(String hash) {
    return hash != null
        && MessageDigest.isEqual(
            requestHash.getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII));
  }

  /** Routing found {@code found} (possibly nothing): the referral waits for a booking. */
  public void route(List<ReferralMatch> found, Instant now, String note) {
    move(ReferralStatus.ROUTED, EnumSet.of(ReferralStatus.RECEIVED), now, note);
    matches.clear();
    matches.addAll(found);
  }

  /**
   * Whether the request that sent this referral is still booking it: it asked to be scheduled, and
   * its history ends with the routing (received, routed, nothing since). A booking moves it on, and
   * finding nothing to book leaves a note.
   */
  public boolean awaitsAutoScheduling() {
    return autoSchedule
        && status == ReferralStatus.ROUTED
        && history.stream().dropWhile(event -> event.getStatus() != ReferralStatus.ROUTED).count()
            == 1;
  }

  /**
   * Whether the status and the history were read at one moment: every event records the status it
   * left, so the last one is the status. Read outside a transaction, the row and its history are
   * two statements, and a booking can commit between them.
   */
  public boolean readWhole() {
    return history.isEmpty() || history.get(history.size() - 1).getStatus() == status;
  }

  /** A consultation was booked for the patient: {@code reference} is the appointment's. */
  public void schedule(String reference, Instant now, String note) {
    move(ReferralStatus.SCHEDULED, EnumSet.of(ReferralStatus.ROUTED), now, note);
    this.appointmentReference = reference;
  }

  public void complete(Instant now, String note) {
    move(ReferralStatus.COMPLETED, EnumSet.of(ReferralStatus.SCHEDULED), now, note);
  }

  public void noShow(Instant now, String note) {
    move(ReferralStatus.NO_SHOW, EnumSet.of(ReferralStatus.SCHEDULED), now, note);
  }

  /**
   * The clinic {@code clinicId}, one of those routing matched, will not take the patient. Routing
   * offers a referral to several clinics at once, so one clinic's "no" leaves it open to the
   * others: the referral becomes DECLINED only once every clinic it reached has declined. Each
   * decline is noted in the history with the clinic's reason, so the referrer learns of it either
   * way.
   *
   * @return whether this decline was the last one, closing the referral
   */
  public boolean declineAt(long clinicId, String clinicName, String reason, Instant now) {
    if (status != ReferralStatus.ROUTED) {
      throw new ReferralNotChangeableException(status, ReferralStatus.DECLINED);
    }
    if (!isRoutedTo(clinicId)) {
      throw new IllegalArgumentException("Referral " + id + " was not routed to " + clinicId);
    }
    if (declineOf(clinicId).isPresent()) {
      throw new AlreadyDeclinedException();
    }
    ClinicDecline decline = new ClinicDecline(this, clinicId, reason, now);
    declines.add(decline);
    String note = "Declined by " + clinicName + ": " + decline.getReason();
    Set<Long> declined =
        declines.stream().map(ClinicDecline::getClinicId).collect(Collectors.toSet());
    if (declined.containsAll(matchedClinics())) {
      decline(now, note + " Every clinic it was routed to has now declined.");
      return true;
    }
    remark(now, note);
    return false;
  }

  /** No clinic can take the patient. */
  public void decline(Instant now, String note) {
    move(
        ReferralStatus.DECLINED,
        EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.ROUTED),
        now,
        note);
  }

  public void cancel(Instant now, String note) {
    move(
        ReferralStatus.CANCELLED,
        EnumSet.of(ReferralStatus.RECEIVED, ReferralStatus.ROUTED, ReferralStatus.SCHEDULED),
        now,
        note);
  }

  /** A note in the history without a change of status. */
  public void remark(Instant now, String note) {
    record(status, now, note);
  }

  private void move(ReferralStatus to, Set<ReferralStatus> allowedFrom, Instant now, String note) {
    if (!allowedFrom.contains(status)) {
      throw new ReferralNotChangeableException(status, to);
    }
    this.status = to;
    record(to, now, note);
  }

  private void record(ReferralStatus recorded, Instant now, String note) {
    this.updatedAt = now.atOffset(ZoneOffset.UTC);
    history.add(new ReferralEvent(this, recorded, now, note));
  }

  /**
   * The booking of a consultation in {@code slotId} for the patient, as the referral describes
   * them. The referring physician attests the patient's consent to be booked when sending a
   * referral (the API documents this), so the booking carries consent on the patient's behalf.
   *
   * @throws ReferralNotChangeableException unless the referral is ROUTED, awaiting its booking
   */
  public BookingRequest bookingFor(long slotId, Choice<AppointmentMode> mode) {
    if (status != ReferralStatus.ROUTED) {
      throw new ReferralNotChangeableException(status, ReferralStatus.SCHEDULED);
    }
    return BookingRequest.fromReferral(
        slotId,
        mode,
        new PatientDetails.Input(
            patient.getFirstName(),
            patient.getLastName(),
            patient.getEmail(),
            patient.getPhone(),
            patient.getDateOfBirth().toString(),
            patient.getZip()),
        payerCode,
        bookingReason());
  }

  /** What the clinic reads as the reason for the visit: who referred, for what, and why. */
  private String bookingReason() {
    String reason =
        "Referral from "
            + practice.getName()
            + " for "
            + String.join(", ", requestedTreatments())
            + " (ICD-10 "
            + String.join(", ", diagnosisCodes())
            + ")"
            + notes().map(n -> ": " + n).orElse("");
    return reason.length() > Appointment.MAX_REASON
        ? reason.substring(0, Appointment.MAX_REASON)
        : reason;
  }

  /**
   * The status as clinic {@code clinicId} sees it: a referral still open to other clinics is
   * DECLINED here once this clinic has declined it. {@link #STATUS_SEEN_BY_CLINIC} says the same in
   * the inbox's query.
   */
  public ReferralStatus statusAt(long clinicId) {
    return status == ReferralStatus.ROUTED && declineOf(clinicId).isPresent()
        ? ReferralStatus.DECLINED
        : status;
  }

  /** Whether routing matched a provider at the clinic. */
  public boolean isRoutedTo(long clinicId) {
    return matches.stream().anyMatch(match -> match.getClinicId() == clinicId);
  }

  /** The clinics routing matched, in the order first matched. */
  public Set<Long> matchedClinics() {
    return matches.stream()
        .map(ReferralMatch::getClinicId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The providers routing matched at the clinic, in the order first matched. */
  public Set<Long> matchedProvidersAt(long clinicId) {
    return matches.stream()
        .filter(match -> match.getClinicId() == clinicId)
        .map(ReferralMatch::getProviderId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The clinic's decline, if it declined. */
  public Optional<ClinicDecline> declineOf(long clinicId) {
    return declines.stream().filter(d -> d.getClinicId() == clinicId).findFirst();
  }

  public String getId() {
    return id;
  }

  public Practice getPractice() {
    return practice;
  }

  public boolean belongsTo(PracticeRef caller) {
    return practice.getId() == caller.id();
  }

  public PatientDetails getPatient() {
    return patient;
  }

  public String getPayerCode() {
    return payerCode;
  }

  public List<String> diagnosisCodes() {
    return split(diagnosisCodes);
  }

  public Optional<Integer> phq9Score() {
    return Optional.ofNullable(phq9Score);
  }

  public Optional<Integer> priorAntidepressantTrials() {
    return Optional.ofNullable(priorAntidepressantTrials);
  }

  public List<String> requestedTreatments() {
    return split(requestedTreatments);
  }

  public Urgency getUrgency() {
    return urgency;
  }

  public Optional<AppointmentMode> preferredMode() {
    return Optional.ofNullable(preferredMode);
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  public boolean isAutoSchedule() {
    return autoSchedule;
  }

  public ReferralStatus getStatus() {
    return status;
  }

  public Optional<String> appointmentReference() {
    return Optional.ofNullable(appointmentReference);
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public List<ReferralMatch> getMatches() {
    return List.copyOf(matches);
  }

  public List<ReferralEvent> getHistory() {
    return List.copyOf(history);
  }

  /** A comma-separated list column read whole. */
  static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
  }
}
