package care.lantern.scheduling.entity;

import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's request to book a slot, as the web form or the API sends it: values as given, checked
 * by {@link #validated}. The mode and the source are already read into their enums ({@link
 * Choice}); one the client named wrongly is judged here with the rest. No {@code mode} means the
 * slot's first mode, no {@code source} means SEARCH; {@code holdToken} is the hold the web flow
 * placed, if any.
 */
public record BookingRequest(
    Long slotId,
    Choice<AppointmentMode> mode,
    PatientDetails.Input patient,
    String payer,
    String reason,
    Choice<BookingSource> source,
    String screeningId,
    Boolean consent,
    String holdToken) {

  public BookingRequest {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
  }

  /** The fields in the order the form shows them; problems are reported in this order. */
  private static final List<String> FIELDS =
      List.of("slotId", "patient", "mode", "payer", "reason", "source", "consent", "screeningId");

  /**
   * A booking of a slot nobody held first (the API, staff tools): everything but the hold token.
   */
  public static BookingRequest withoutHold(
      Long slotId,
      Choice<AppointmentMode> mode,
      PatientDetails.Input patient,
      String payer,
      String reason,
      Choice<BookingSource> source,
      String screeningId,
      Boolean consent) {
    return new BookingRequest(
        slotId, mode, patient, payer, reason, source, screeningId, consent, null);
  }

  /**
   * The booking a referral makes for its patient: no screening travels with it, and the referring
   * physician attested the patient's consent when sending the referral.
   */
  public static BookingRequest fromReferral(
      long slotId,
      Choice<AppointmentMode> mode,
      PatientDetails.Input patient,
      String payer,
      String reason) {
    return withoutHold(
        slotId, mode, patient, payer, reason, Choice.of(BookingSource.REFERRAL), null, true);
  }

  /**
   * A request whose every field is well-formed. {@code mode} is empty when the patient left it to
   * the slot; consent is not carried because a valid request always has it.
   */
  public record Valid(
      long slotId,
      Optional<AppointmentMode> mode,
      PatientDetails patient,
      String payer,
      String reason,
      BookingSource source,
      Optional<String> screeningId,
      Optional<String> holdToken) {}

  /**
   * Checks every field the request can judge by itself, and reports its problems together with
   * {@code found}, the ones only the booking boundary can see (the slot, the payer, the screening),
   * in the order of the form, so a person learns every mistake at once.
   *
   * @throws InvalidBookingException naming every problem
   */
  public Valid validated(LocalDate today, List<FieldError> found) {
    List<FieldError> errors = new ArrayList<>(found);
    if (slotId == null) {
      errors.add(new FieldError("slotId", "Choose a time."));
    }
    PatientDetails details = PatientDetails.validated(patient, today, "patient.", errors);
    // A mode is offered by a time: without a time there is nothing to question it against.
    boolean timeKnown = errors.stream().noneMatch(error -> error.field().equals("slotId"));
    if (timeKnown && mode instanceof Choice.Unreadable) {
      errors.add(new FieldError("mode", "This time is not offered in that mode."));
    }
    String trimmedReason = reason == null ? "" : reason.trim();
    if (trimmedReason.isEmpty()) {
      errors.add(
          new FieldError("reason", "Tell the clinic briefly what you would like help with."));
    } else if (trimmedReason.length() > Appointment.MAX_REASON) {
      errors.add(
          new FieldError("reason", "Use at most " + Appointment.MAX_REASON + " characters."));
    }
    Optional<BookingSource> chosenSource = chosenSource();
    if (chosenSource.isEmpty()) {
      errors.add(new FieldError("source", "Use SEARCH, SCREENING or REFERRAL."));
    }
    if (!Boolean.TRUE.equals(consent)) {
      errors.add(
          new FieldError(
              "consent",
              "Please agree that the clinic may use these details to arrange your consultation."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidBookingException(inFormOrder(errors));
    }
    return new Valid(
        slotId,
        mode.picked(),
        details,
        payerCode(),
        trimmedReason,
        chosenSource.orElseThrow(),
        screening(),
        Optional.ofNullable(holdToken));
  }

  /** The payer's code as the directory spells it (empty when none was chosen). */
  public String payerCode() {
    return payer == null ? "" : payer.trim().toUpperCase();
  }

  /** The screening the patient chose to share, if any. */
  public Optional<String> screening() {
    return Optional.ofNullable(screeningId).filter(id -> !id.isBlank());
  }

  /** SEARCH when none is named; only the clinic's own staff book as the clinic. */
  private Optional<BookingSource> chosenSource() {
    return source.isNone()
        ? Optional.of(BookingSource.SEARCH)
        : source.picked().filter(chosen -> chosen != BookingSource.CLINIC);
  }

  private static List<FieldError> inFormOrder(List<FieldError> errors) {
    return errors.stream().sorted(Comparator.comparingInt(BookingRequest::formPosition)).toList();
  }

  private static int formPosition(FieldError error) {
    String field = error.field().startsWith("patient.") ? "patient" : error.field();
    int position = FIELDS.indexOf(field);
    return position < 0 ? FIELDS.size() : position;
  }
}
