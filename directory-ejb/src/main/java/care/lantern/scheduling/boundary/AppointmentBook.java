package care.lantern.scheduling.boundary;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Provider;
import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.scheduling.control.BookingFigures;
import care.lantern.scheduling.control.CalendarFile;
import care.lantern.scheduling.control.ManageCodes;
import care.lantern.scheduling.control.ManageLinks;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.control.SlotChanges;
import care.lantern.scheduling.control.SlotPublisher;
import care.lantern.scheduling.entity.Appointment;
import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.Confirmation;
import care.lantern.scheduling.entity.HoldTicket;
import care.lantern.scheduling.entity.InvalidBookingException;
import care.lantern.scheduling.entity.InvalidSlotQueryException;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotUnavailableException;
import care.lantern.scheduling.entity.SlotView;
import care.lantern.screening.boundary.ScreeningDesk;
import care.lantern.screening.entity.ScreeningOutcome;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Patients' bookings of consultations: free slots, holds, booking, and the manage link's cancel and
 * reschedule. Who gets a slot is decided by one conditional UPDATE, so two patients racing for the
 * same time can never both have it, after the provider's row lock of {@link ProviderTime}, so a
 * provider is never booked or held twice at once at two clinics either.
 */
@Stateless
public class AppointmentBook {

  static final int MAX_RANGE_DAYS = 62;
  static final int DEFAULT_RANGE_DAYS = 14;
  private static final int ALTERNATIVES = 3;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ReferenceData referenceData;

  @Inject private Event<AppointmentChanged> changes;

  @Inject private SlotChanges slotChanges;

  @Inject private ProviderTime providerTime;

  @Inject private CalendarFile calendarFile;

  @Inject private ScreeningDesk screenings;

  @Inject private ManageLinks links;

  @Inject private BookingFigures figures;

  private final ManageCodes codes = new ManageCodes();

  /**
   * A provider's free consultation slots whose start falls on {@code from}..{@code to} (clinic
   * dates, both included), one entry per mode; optionally only at clinics offering {@code
   * treatment}, or only in one mode.
   */
  public List<SlotView> freeSlots(
      long providerId,
      Optional<LocalDate> from,
      Optional<LocalDate> to,
      Optional<String> treatment,
      Optional<AppointmentMode> mode) {
    requireProvider(providerId);
    Instant now = clock.instant();
    LocalDate first = from.orElse(LocalDate.now(clock));
    LocalDate last = to.orElse(first.plusDays(DEFAULT_RANGE_DAYS - 1));
    if (last.isBefore(first)) {
      throw new InvalidSlotQueryException("to", "The end date must not be before the start date.");
    }
    if (first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
      throw new InvalidSlotQueryException(
          "to", "Ask for at most " + MAX_RANGE_DAYS + " days of slots at a time.");
    }
    treatment.ifPresent(this::requireTreatment);
    // Clinic dates span UTC-12..UTC+14 around the UTC day: read generously, then keep by local
    // date.
    Instant windowStart = first.atStartOfDay(ZoneOffset.UTC).minusHours(14).toInstant();
    Instant windowEnd = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).plusHours(12).toInstant();
    return freeSlotRows(providerId, max(windowStart, now), windowEnd).stream()
        .filter(slot -> bookable(slot, now))
        .filter(slot -> !localDate(slot).isBefore(first) && !localDate(slot).isAfter(last))
        .filter(
            slot ->
                treatment.isEmpty() || slot.getClinic().offers(treatment.get(), localDate(slot)))
        .flatMap(slot -> views(slot).stream())
        .filter(view -> mode.isEmpty() || view.mode() == mode.get())
        .toList();
  }

  /** Keeps a slot for one patient for {@link BookingPolicy#HOLD_TIME} while they fill the form. */
  public HoldTicket hold(long slotId) {
    Slot slot = requireSlot(slotId, "slotId");
    Instant now = clock.instant();
    String token = codes.token();
    Instant until = now.plus(BookingPolicy.HOLD_TIME);
    claim(slot, now, () -> providerTime.hold(slot, token, until, now));
    return new HoldTicket(slotId, token, until);
  }

  /**
   * One slot in one of its modes, as the booking form describes it, whether or not it is still
   * free: showing a time promises nothing, {@link #hold} and {@link #book} decide who gets it.
   */
  public Optional<SlotView> findSlot(long slotId, AppointmentMode mode) {
    return Optional.ofNullable(em.find(Slot.class, slotId)).stream()
        .flatMap(slot -> views(slot).stream())
        .filter(view -> view.mode() == mode)
        .findFirst();
  }

  /** Books the slot for the patient, or says why not; emails the confirmation after commit. */
  public Confirmation book(BookingRequest request) {
    Instant now = clock.instant();
    Optional<Slot> slot = Optional.ofNullable(request.slotId()).map(id -> em.find(Slot.class, id));
    BookingRequest.Valid valid =
        request.validated(LocalDate.now(clock), bookingProblems(request, slot));
    Appointment.Booking booking = booking(valid, slot.orElseThrow());
    String token = codes.token();
    Appointment appointment =
        new Appointment(slot.get(), booking, codes.unusedReference(em), token, now);
    claim(slot.get(), now, () -> providerTime.book(appointment, valid.holdToken(), now));
    booking
        .screeningId()
        .ifPresent(screening -> screenings.attachToAppointment(screening, appointment.getId()));
    AppointmentView view = AppointmentView.of(appointment, now);
    changes.fire(new AppointmentChanged(view, token, Change.BOOKED));
    return new Confirmation(view, token);
  }

  /** The appointment behind a manage link; a wrong token is indistinguishable from none. */
  public AppointmentView find(String reference, String token) {
    return AppointmentView.of(managed(reference, token), clock.instant());
  }

  /** The link that lets whoever holds it view, move or cancel the appointment. */
  public String manageUrl(String reference, String token) {
    return links.manageUrl(reference, token);
  }

  /** The appointment as an RFC 5545 file, the same one the confirmation email carries. */
  public String calendar(String reference, String token) {
    return calendarFile.render(
        find(reference, token), Optional.of(links.manageUrl(reference, token)));
  }

  /** Cancels and frees the slot at once. */
  public AppointmentView cancel(String reference, String token) {
    Instant now = clock.instant();
    Appointment appointment = managed(reference, token);
    Slot released = appointment.cancel(now);
    slotChanges.release(released, now);
    AppointmentView view = AppointmentView.of(appointment, now);
    changes.fire(new AppointmentChanged(view, token, Change.CANCELLED));
    return view;
  }

  /**
   * Moves the appointment to another free slot of its own calendar and kind (same provider, clinic
   * and appointment type, see {@link Appointment#requireMovableTo}): the new slot is taken and the
   * old one freed in one transaction, or nothing changes. Inside the late-cancellation window the
   * move counts as a late cancellation.
   */
  public AppointmentView reschedule(
      String reference, String token, Long slotId, Choice<AppointmentMode> mode) {
    Instant now = clock.instant();
    Appointment appointment = managed(reference, token);
    if (slotId == null) {
      throw new InvalidBookingException(List.of(new FieldError("slotId", "Choose a new time.")));
    }
    Slot target = requireSlot(slotId, "slotId");
    appointment.requireMovableTo(target);
    AppointmentMode newMode =
        modeFor(target, mode)
            .orElseThrow(
                () ->
                    new InvalidBookingException(
                        List.of(new FieldError("mode", "This time is not offered in that mode."))));
    claim(
        target,
        now,
        () -> providerTime.take(target, Optional.empty(), Optional.of(appointment.getId()), now));
    Slot old = appointment.moveTo(em.find(Slot.class, target.getId()), newMode, now);
    slotChanges.release(old, now);
    em.flush();
    AppointmentView view = AppointmentView.of(appointment, now);
    changes.fire(new AppointmentChanged(view, token, Change.RESCHEDULED));
    return view;
  }

  /**
   * What only the database can tell about the request: whether its slot exists and offers the mode,
   * the clinic accepts the payer for consultations, and its screening is still kept.
   */
  private List<FieldError> bookingProblems(BookingRequest request, Optional<Slot> slot) {
    List<FieldError> problems = new ArrayList<>();
    if (request.slotId() != null && slot.isEmpty()) {
      problems.add(new FieldError("slotId", "This time does not exist. Choose another."));
    }
    if (slot.isPresent()
        && request.mode().picked().filter(m -> !slot.get().offers(m)).isPresent()) {
      problems.add(new FieldError("mode", "This time is not offered in that mode."));
    }
    String payer = request.payerCode();
    if (referenceData.payers().stream().noneMatch(p -> p.getCode().equals(payer))) {
      problems.add(new FieldError("payer", "Choose your insurance, or self-pay."));
    } else if (slot.isPresent()
        && !slot.get()
            .getClinic()
            .payersFor(AppointmentType.CONSULTATION.treatmentCode())
            .contains(payer)) {
      problems.add(
          new FieldError(
              "payer",
              "This clinic does not accept that insurance for consultations. Choose self-pay or"
                  + " another provider."));
    }
    if (request.screening().filter(id -> screenings.recall(id).isEmpty()).isPresent()) {
      problems.add(
          new FieldError(
              "screeningId",
              "This screening result has expired (results are kept for 2 hours). Book without it,"
                  + " or take the screening again."));
    }
    return problems;
  }

  /**
   * The booking of a valid request in its slot. A screening travels with the booking only by the
   * patient's choice; if it signalled a risk of self-harm, the clinic sees the appointment as
   * urgent.
   */
  private Appointment.Booking booking(BookingRequest.Valid request, Slot slot) {
    boolean urgent =
        request
            .screeningId()
            .flatMap(screenings::recall)
            .map(ScreeningOutcome::urgent)
            .orElse(false);
    return new Appointment.Booking(
        modeFor(slot, request.mode()).orElseThrow(),
        request.patient(),
        request.payer(),
        request.reason(),
        request.source(),
        request.screeningId(),
        urgent);
  }

  /**
   * Holds or takes the slot with {@code claim}, one conditional UPDATE once the provider's time is
   * known to be free at every clinic ({@link ProviderTime}); losing the race means someone else has
   * it, and the patient is offered the provider's next free times instead.
   */
  private void claim(Slot slot, Instant now, Runnable claim) {
    if (!bookable(slot, now)) {
      throw unavailable(slot);
    }
    try {
      claim.run();
    } catch (SlotUnavailableException takenOrHeld) {
      throw unavailable(slot);
    }
  }

  private SlotUnavailableException unavailable(Slot slot) {
    figures.slotTaken();
    Instant now = clock.instant();
    List<SlotView> next =
        freeSlotRows(slot.getProvider().getId(), now, now.plus(Duration.ofDays(MAX_RANGE_DAYS)))
            .stream()
            .filter(other -> !other.getId().equals(slot.getId()) && bookable(other, now))
            .limit(ALTERNATIVES)
            .flatMap(other -> views(other).stream().limit(1))
            .toList();
    return new SlotUnavailableException(next);
  }

  /** Whether a patient can still book {@code slot} at {@code now}, by its clinic's policy. */
  private static boolean bookable(Slot slot, Instant now) {
    return !slot.start()
        .isBefore(SlotPublisher.consultationsAt(slot.getClinic()).bookableFrom(now));
  }

  private List<Slot> freeSlotRows(long providerId, Instant from, Instant to) {
    return providerTime.freeConsultations(providerId, from, to, clock.instant());
  }

  private static List<SlotView> views(Slot slot) {
    return slot.modes().stream()
        .map(
            mode ->
                new SlotView(
                    slot.getId(),
                    slot.start(),
                    slot.end(),
                    slot.getClinic().getId(),
                    mode,
                    slot.getClinic().zone()))
        .toList();
  }

  /** As below, for a mode read from text: one that names no mode is not offered. */
  private static Optional<AppointmentMode> modeFor(Slot slot, Choice<AppointmentMode> requested) {
    return requested instanceof Choice.Unreadable
        ? Optional.empty()
        : modeFor(slot, requested.picked());
  }

  /** The requested mode if the slot offers it; the slot's first mode when none is requested. */
  private static Optional<AppointmentMode> modeFor(Slot slot, Optional<AppointmentMode> requested) {
    return requested.isPresent()
        ? requested.filter(slot::offers)
        : slot.modes().stream().findFirst();
  }

  private Appointment managed(String reference, String token) {
    return em.createNamedQuery("Appointment.byReference", Appointment.class)
        .setParameter("reference", reference == null ? "" : reference.trim().toUpperCase())
        .getResultStream()
        .filter(appointment -> appointment.isManagedBy(token))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Appointment"));
  }

  private Slot requireSlot(long slotId, String field) {
    return Optional.ofNullable(em.find(Slot.class, slotId))
        .orElseThrow(
            () ->
                new InvalidBookingException(
                    List.of(new FieldError(field, "This time does not exist. Choose another."))));
  }

  private void requireProvider(long providerId) {
    if (em.find(Provider.class, providerId) == null) {
      throw new NotFoundException("Provider");
    }
  }

  private void requireTreatment(String code) {
    if (referenceData.treatments().stream().noneMatch(t -> t.getCode().equals(code))) {
      throw new InvalidSlotQueryException(
          "treatment", "'" + code + "' is not a treatment we know.");
    }
  }

  private static LocalDate localDate(Slot slot) {
    return LocalDate.ofInstant(slot.start(), slot.getClinic().zone());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
