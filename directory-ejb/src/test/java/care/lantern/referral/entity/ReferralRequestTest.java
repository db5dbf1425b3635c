package care.lantern.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.entity.PatientDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  private static final Set<String> PAYERS = Set.of("AETNA", "SELF_PAY");
  private static final Set<String> TREATMENTS =
      Set.of("CONSULTATION", "TMS", "SPRAVATO", "KETAMINE_IV");

  static PatientDetails.Input patient() {
    return new PatientDetails.Input(
        "Alex", "Rivera", "alex.rivera@example.com", "(555) 010-0199", "1980-04-27", "10001");
  }

  static ReferralRequest request(List<String> codes, List<String> treatments) {
    return request(codes, treatments, true);
  }

  static ReferralRequest request(
      List<String> codes, List<String> treatments, boolean autoSchedule) {
    return new ReferralRequest(
        patient(), "aetna", codes, 18, 2, treatments, "routine", null, null, autoSchedule);
  }

  private static List<String> fields(ReferralRequest request) {
    Throwable thrown = catchThrowable(() -> request.validated(TODAY, PAYERS, TREATMENTS));
    return thrown instanceof InvalidReferralException invalid
        ? invalid.errors().stream().map(FieldError::field).toList()
        : List.of();
  }

  @Test
  void acceptsACompleteReferralAndNormalisesCodes() {
    var valid =
        request(List.of("f33.2", "F41.1", "F32.A"), List.of("tms", "CONSULTATION"))
            .validated(TODAY, PAYERS, TREATMENTS);

    assertThat(valid.diagnosisCodes()).containsExactly("F33.2", "F41.1", "F32.A");
    assertThat(valid.requestedTreatments()).containsExactly("TMS", "CONSULTATION");
    assertThat(valid.payer()).isEqualTo("AETNA");
    assertThat(valid.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(valid.autoSchedule()).isTrue();
  }

  @Test
  void acceptsEveryFCodeShape() {
    for (String code : List.of("F32", "F33.1", "F43.10", "F10.239", "F32.A")) {
      assertThat(fields(request(List.of(code), List.of("CONSULTATION")))).as(code).isEmpty();
    }
  }

  @Test
  void namesEachMalformedOrNonFCode() {
    assertThat(
            fields(
                request(
                    List.of("F33.2", "G43.909", "F3", "F33.12345", "33.2"),
                    List.of("CONSULTATION"))))
        .containsExactly(
            "diagnosisCodes[1]", "diagnosisCodes[2]", "diagnosisCodes[3]", "diagnosisCodes[4]");
  }

  @Test
  void requiresAtLeastOneDiagnosisCode() {
    assertThat(fields(request(List.of(), List.of("CONSULTATION"))))
        .containsExactly("diagnosisCodes");
    assertThat(fields(request(null, List.of("CONSULTATION")))).containsExactly("diagnosisCodes");
  }

  @Test
  void requiresMajorDepressionForTmsAndSpravato() {
    assertThat(fields(request(List.of("F41.1"), List.of("TMS")))).containsExactly("diagnosisCodes");
    assertThat(fields(request(List.of("F41.1"), List.of("SPRAVATO"))))
        .containsExactly("diagnosisCodes");
    assertThat(fields(request(List.of("F41.1"), List.of("KETAMINE_IV")))).isEmpty();
    assertThat(fields(request(List.of("F41.1", "F32.9"), List.of("TMS")))).isEmpty();
  }

  @Test
  void namesEveryInvalidFieldAtOnce() {
    ReferralRequest invalid =
        new ReferralRequest(
            new PatientDetails.Input("Alex", "", "not-an-email", "555", "1980-04-27", "1000"),
            "ACME",
            List.of("F33.2"),
            28,
            -1,
            List.of("TMS", "MASSAGE"),
            "soon",
            "BY_PIGEON",
            "x".repeat(2001),
            false);

    assertThat(fields(invalid))
        .containsExactlyInAnyOrder(
            "patient.lastName",
            "patient.email",
            "patient.phone",
            "patient.zip",
            "payer",
            "phq9Score",
            "priorAntidepressantTrials",
            "requestedTreatments[1]",
            "urgency",
            "preferredMode",
            "notes");
  }

  @Test
  void requiresUrgencyAndPatient() {
    ReferralRequest missing =
        new ReferralRequest(
            null,
            "AETNA",
            List.of("F33.2"),
            null,
            null,
            List.of("CONSULTATION"),
            null,
            null,
            null,
            null);

    assertThat(fields(missing)).containsExactlyInAnyOrder("patient", "urgency");
  }

  @Test
  void treatsAMissingAutoScheduleAsNo() {
    ReferralRequest request =
        new ReferralRequest(
            patient(),
            "AETNA",
            List.of("F33.2"),
            null,
            null,
            List.of("TMS"),
            "URGENT",
            null,
            null,
            null);

    assertThat(request.validated(TODAY, PAYERS, TREATMENTS).autoSchedule()).isFalse();
  }

  @Test
  void reportsNoFieldTwice() {
    assertThatThrownBy(
            () ->
                new ReferralRequest(patient(), null, null, null, null, null, null, null, null, null)
                    .validated(TODAY, PAYERS, TREATMENTS))
        .isInstanceOf(InvalidReferralException.class)
        .satisfies(
            e ->
                assertThat(((InvalidReferralException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder(
                        "payer", "diagnosisCodes", "requestedTreatments", "urgency"));
  }
}
