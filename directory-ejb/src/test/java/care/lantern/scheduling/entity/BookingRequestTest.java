package care.lantern.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.platform.entity.Choice;
import care.lantern.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BookingRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private static final PatientDetails.Input PATIENT =
      new PatientDetails.Input(
          "Ada", "Lovelace", "Ada@Example.com", "(555) 010-0199", "1980-04-27", "10001");

  private static final String NOT_OFFERED = "This time is not offered in that mode.";

  @Test
  void acceptsAWellFormedRequestAndTypesItsValues() {
    BookingRequest.Valid valid =
        request(42L, " telehealth ", " aetna ", "  Low mood  ", "screening", "scr-1", true)
            .validated(TODAY, List.of());

    assertThat(valid.slotId()).isEqualTo(42L);
    assertThat(valid.mode()).contains(AppointmentMode.TELEHEALTH);
    assertThat(valid.patient().getEmail()).isEqualTo("ada@example.com");
    assertThat(valid.payer()).isEqualTo("AETNA");
    assertThat(valid.reason()).isEqualTo("Low mood");
    assertThat(valid.source()).isEqualTo(BookingSource.SCREENING);
    assertThat(valid.screeningId()).contains("scr-1");
    assertThat(valid.holdToken()).isEmpty();
  }

  @Test
  void leavesTheModeToTheSlotAndTakesSearchAsTheSourceWhenNoneIsNamed() {
    BookingRequest.Valid valid =
        request(42L, " ", "SELF_PAY", "Low mood", null, " ", true).validated(TODAY, List.of());

    assertThat(valid.mode()).isEmpty();
    assertThat(valid.source()).isEqualTo(BookingSource.SEARCH);
    assertThat(valid.screeningId()).isEmpty();
  }

  @Test
  void asksForATimeWhenTheSlotIsMissing() {
    assertProblems(
        request(null, null, "SELF_PAY", "Low mood", null, null, true),
        new FieldError("slotId", "Choose a time."));
  }

  @Test
  void refusesAModeThatIsNoMode() {
    assertProblems(
        request(42L, "BY_PIGEON", "SELF_PAY", "Low mood", null, null, true),
        new FieldError("mode", NOT_OFFERED));
  }

  @Test
  void questionsNoModeWithoutATime() {
    FieldError missing = new FieldError("slotId", "Choose a time.");
    FieldError unknown = new FieldError("slotId", "This time does not exist. Choose another.");
    assertProblems(request(null, "BY_PIGEON", "SELF_PAY", "Low mood", null, null, true), missing);
    assertThatThrownBy(
            () ->
                request(42L, "BY_PIGEON", "SELF_PAY", "Low mood", null, null, true)
                    .validated(TODAY, List.of(unknown)))
        .isInstanceOfSatisfying(
            InvalidBookingException.class,
            invalid -> assertThat(invalid.errors()).containsExactly(unknown));
  }

  @Test
  void asksForConsentWhenMissingOrRefused() {
    FieldError consent =
        new FieldError(
            "consent",
            "Please agree that the clinic may use these details to arrange your consultation.");
    assertProblems(request(42L, null, "SELF_PAY", "Low mood", null, null, null), consent);
    assertProblems(request(42L, null, "SELF_PAY", "Low mood", null, null, false), consent);
  }

  @Test
  void asksForAReasonWhenBlank() {
    assertProblems(
        request(42L, null, "SELF_PAY", "   ", null, null, true),
        new FieldError("reason", "Tell the clinic briefly what you would like help with."));
  }

  @Test
  void acceptsAReasonOfExactlyTheStoredLimit() {
    String longest = "x".repeat(Appointment.MAX_REASON);

    BookingRequest.Valid valid =
        request(42L, null, "SELF_PAY", " " + longest + " ", null, null, true)
            .validated(TODAY, List.of());

    assertThat(Appointment.MAX_REASON).isEqualTo(1000);
    assertThat(valid.reason()).isEqualTo(longest);
  }

  @Test
  void refusesAReasonOneCharacterOverTheLimit() {
    assertProblems(
        request(42L, null, "SELF_PAY", "x".repeat(1001), null, null, true),
        new FieldError("reason", "Use at most 1000 characters."));
  }

  @ParameterizedTest
  @CsvSource({"search,SEARCH", "SCREENING,SCREENING", " Referral ,REFERRAL"})
  void readsTheSourceInAnyCase(String named, BookingSource expected) {
    BookingRequest.Valid valid =
        request(42L, null, "SELF_PAY", "Low mood", named, null, true).validated(TODAY, List.of());

    assertThat(valid.source()).isEqualTo(expected);
  }

  @Test
  void refusesTheClinicAsASourceLikeAnUnknownOne() {
    FieldError source = new FieldError("source", "Use SEARCH, SCREENING or REFERRAL.");
    assertProblems(request(42L, null, "SELF_PAY", "Low mood", "CLINIC", null, true), source);
    assertProblems(request(42L, null, "SELF_PAY", "Low mood", "FRIEND", null, true), source);
  }

  @Test
  void takesTheModeAndSourceACallerPassesAsTheirEnums() {
    BookingRequest.Valid valid =
        BookingRequest.withoutHold(
                42L,
                Choice.of(AppointmentMode.TELEHEALTH),
                PATIENT,
                "SELF_PAY",
                "Low mood",
                Choice.of(BookingSource.SCREENING),
                null,
                true)
            .validated(TODAY, List.of());

    assertThat(valid.mode()).contains(AppointmentMode.TELEHEALTH);
    assertThat(valid.source()).isEqualTo(BookingSource.SCREENING);
  }

  @Test
  void refusesTheClinicAsASourceWhenPassedAsTheEnumToo() {
    BookingRequest asTheClinic =
        BookingRequest.withoutHold(
            42L,
            Choice.of(null),
            PATIENT,
            "SELF_PAY",
            "Low mood",
            Choice.of(BookingSource.CLINIC),
            null,
            true);

    assertProblems(asTheClinic, new FieldError("source", "Use SEARCH, SCREENING or REFERRAL."));
  }

  @Test
  void reportsItsOwnAndTheBoundarysProblemsTogetherInTheOrderOfTheForm() {
    FieldError expired = new FieldError("screeningId", "expired");
    FieldError payer = new FieldError("payer", "Choose your insurance, or self-pay.");
    BookingRequest request =
        new BookingRequest(
            null,
            Choice.of(null),
            new PatientDetails.Input("", "Lovelace", "ada", "(555) 010-0199", "1980-04-27", "1"),
            "NOBODY",
            "",
            Choice.read("FRIEND", BookingSource.class),
            "scr-1",
            false,
            null);

    assertThatThrownBy(() -> request.validated(TODAY, List.of(expired, payer)))
        .isInstanceOfSatisfying(
            InvalidBookingException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(FieldError::field)
                    .containsExactly(
                        "slotId",
                        "patient.firstName",
                        "patient.email",
                        "patient.zip",
                        "payer",
                        "reason",
                        "source",
                        "consent",
                        "screeningId"))
        .hasMessage("Choose a time.");
  }

  @Test
  void aReferralsRequestCarriesConsentAndNoScreeningOrHold() {
    BookingRequest.Valid valid =
        BookingRequest.fromReferral(
                42L, Choice.of(AppointmentMode.IN_PERSON), PATIENT, "AETNA", "Referral from A")
            .validated(TODAY, List.of());

    assertThat(valid.source()).isEqualTo(BookingSource.REFERRAL);
    assertThat(valid.screeningId()).isEqualTo(Optional.empty());
    assertThat(valid.holdToken()).isEmpty();
  }

  /** A request whose mode and source are read from text, as the API reads them. */
  private static BookingRequest request(
      Long slotId,
      String mode,
      String payer,
      String reason,
      String source,
      String screeningId,
      Boolean consent) {
    return BookingRequest.withoutHold(
        slotId,
        Choice.read(mode, AppointmentMode.class),
        PATIENT,
        payer,
        reason,
        Choice.read(source, BookingSource.class),
        screeningId,
        consent);
  }

  private static void assertProblems(BookingRequest request, FieldError expected) {
    assertThatThrownBy(() -> request.validated(TODAY, List.of()))
        .isInstanceOfSatisfying(
            InvalidBookingException.class,
            invalid -> assertThat(invalid.errors()).containsExactly(expected));
  }
}
