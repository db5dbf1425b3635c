package care.lantern.referral.entity;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.PatientDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A referral as a practice's system sends it: raw values, checked all at once by {@link #validated}
 * so the sender learns every mistake in one answer, each named by its JSON path ({@code
 * patient.email}, {@code diagnosisCodes[0]}).
 *
 * <p>Diagnosis codes must be ICD-10-CM codes of chapter F (mental and behavioural disorders) in
 * valid form: a letter F, two digits, and optionally a dot and one to four characters ({@code
 * F33.2}, {@code F32.A}, {@code F41.1}). TMS and Spravato are indicated for major depression, so a
 * request for either must carry at least one F32 (single episode) or F33 (recurrent) code; other
 * treatments accept any F-code.
 */
public record ReferralRequest(
    PatientDetails.Input patient,
    String payer,
    List<String> diagnosisCodes,
    Integer phq9Score,
    Integer priorAntidepressantTrials,
    List<String> requestedTreatments,
    String urgency,
    String preferredMode,
    String notes,
    Boolean autoSchedule) {

  static final Pattern F_CODE = Pattern.compile("F\\d{2}(\\.[0-9A-Z]{1,4})?");
  static final Pattern MAJOR_DEPRESSION = Pattern.compile("F3[23](\\..*)?");
  static final Set<String> NEED_MAJOR_DEPRESSION = Set.of("TMS", "SPRAVATO");
  static final int MAX_CODES = 12;
  static final int MAX_TRIALS = 30;
  static final int PHQ9_MAX = 27;
  static final int MAX_NOTES = 2000;

  /** What a clinic may act on, once every field is valid. */
  public record Valid(
      PatientDetails patient,
      String payer,
      List<String> diagnosisCodes,
      Optional<Integer> phq9Score,
      Optional<Integer> priorAntidepressantTrials,
      List<String> requestedTreatments,
      Urgency urgency,
      Optional<AppointmentMode> preferredMode,
      Optional<String> notes,
      boolean autoSchedule) {}

  /**
   * Checks every field against today's date and the known payer and treatment codes; throws {@link
   * InvalidReferralException} naming each invalid one.
   */
  public Valid validated(LocalDate today, Set<String> payers, Set<String> treatments) {
    List<FieldError> errors = new ArrayList<>();
    PatientDetails details = PatientDetails.validated(patient, today, "patient.", errors);
    String payerCode = upper(payer);
    if (payerCode == null || !payers.contains(payerCode)) {
      errors.add(new FieldError("payer", "Use one of the payer codes of GET /api/v1/payers."));
    }
    List<String> codes = codes(errors);
    List<String> wanted = wantedTreatments(treatments, errors);
    if (!codes.isEmpty()
        && wanted.stream().anyMatch(NEED_MAJOR_DEPRESSION::contains)
        && codes.stream().noneMatch(code -> MAJOR_DEPRESSION.matcher(code).matches())) {
      errors.add(
          new FieldError(
              "diagnosisCodes",
              "TMS and Spravato are for major depression: include an F32 or F33 code."));
    }
    if (phq9Score != null && (phq9Score < 0 || phq9Score > PHQ9_MAX)) {
      errors.add(new FieldError("phq9Score", "A PHQ-9 score is 0 to " + PHQ9_MAX + "."));
    }
    if (priorAntidepressantTrials != null
        && (priorAntidepressantTrials < 0 || priorAntidepressantTrials > MAX_TRIALS)) {
      errors.add(
          new FieldError(
              "priorAntidepressantTrials", "Give the number of antidepressants tried, 0 or more."));
    }
    Urgency level = enumValue(Urgency.class, urgency, "urgency", "Use ROUTINE or URGENT.", errors);
    if (urgency == null || urgency.isBlank()) {
      errors.add(new FieldError("urgency", "Use ROUTINE or URGENT."));
    }
    AppointmentMode mode =
        enumValue(
            AppointmentMode.class,
            preferredMode,
            "preferredMode",
            "Use IN_PERSON or TELEHEALTH, or leave it out.",
            errors);
    String note = notes == null || notes.isBlank() ? null : notes.trim();
    if (note != null && note.length() > MAX_NOTES) {
      errors.add(new FieldError("notes", "Use at most " + MAX_NOTES + " characters."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidReferralException(errors);
    }
    return new Valid(
        details,
        payerCode,
        codes,
        Optional.ofNullable(phq9Score),
        Optional.ofNullable(priorAntidepressantTrials),
        wanted,
        level,
        Optional.ofNullable(mode),
        Optional.ofNullable(note),
        Boolean.TRUE.equals(autoSchedule));
  }

  private List<String> codes(List<FieldError> errors) {
    if (diagnosisCodes == null || diagnosisCodes.isEmpty()) {
      errors.add(
          new FieldError("diagnosisCodes", "Give at least one ICD-10 code, for example F33.2."));
      return List.of();
    }
    if (diagnosisCodes.size() > MAX_CODES) {
      errors.add(new FieldError("diagnosisCodes", "Give at most " + MAX_CODES + " codes."));
      return List.of();
    }
    Set<String> valid = new LinkedHashSet<>();
    for (int i = 0; i < diagnosisCodes.size(); i++) {
      String code = upper(diagnosisCodes.get(i));
      if (code == null || !F_CODE.matcher(code).matches()) {
        errors.add(
            new FieldError(
                "diagnosisCodes[" + i + "]",
                "Use an ICD-10 code of chapter F (mental and behavioural), like F33.2."));
      } else {
        valid.add(code);
      }
    }
    return List.copyOf(valid);
  }

  private List<String> wantedTreatments(Set<String> treatments, List<FieldError> errors) {
    if (requestedTreatments == null || requestedTreatments.isEmpty()) {
      errors.add(
          new FieldError(
              "requestedTreatments", "Request at least one treatment, for example CONSULTATION."));
      return List.of();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (int i = 0; i < requestedTreatments.size(); i++) {
      String code = upper(requestedTreatments.get(i));
      if (code == null || !treatments.contains(code)) {
        errors.add(
            new FieldError(
                "requestedTreatments[" + i + "]",
                "Use one of the treatment codes of GET /api/v1/treatments."));
      } else {
        wanted.add(code);
      }
    }
    return List.copyOf(wanted);
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String raw, String field, String message, List<FieldError> errors) {
    String value = upper(raw);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError(field, message));
      return null;
    }
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase();
  }
}
