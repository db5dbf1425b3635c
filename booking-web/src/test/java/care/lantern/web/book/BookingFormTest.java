package care.lantern.web.book;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.BookingRequest;
import care.lantern.scheduling.entity.BookingSource;
import org.junit.jupiter.api.Test;

class BookingFormTest {

  private static BookingForm filledIn() {
    BookingForm form = new BookingForm();
    form.setFirstName("Ada");
    form.setLastName("Byron");
    form.setEmail("ada@example.com");
    form.setPhone("(555) 010-0199");
    form.setDateOfBirth("1980-04-27");
    form.setZip("10001");
    form.setPayer("AETNA");
    form.setReason("Low mood for months.");
    form.setConsent(true);
    return form;
  }

  @Test
  void aBookingFromASearchCarriesNoScreening() {
    BookingRequest request = filledIn().toRequest(42, AppointmentMode.IN_PERSON, null, "hold");

    assertThat(request.source()).isEqualTo(Choice.of(BookingSource.SEARCH));
    assertThat(request.mode()).isEqualTo(Choice.of(AppointmentMode.IN_PERSON));
    assertThat(request.screeningId()).isNull();
    assertThat(request.slotId()).isEqualTo(42L);
    assertThat(request.holdToken()).isEqualTo("hold");
    assertThat(request.patient().email()).isEqualTo("ada@example.com");
    assertThat(request.consent()).isTrue();
  }

  @Test
  void aBookingFromAScreeningSharesTheAnswersOnlyWhenThePatientSaysSo() {
    BookingForm form = filledIn();

    BookingRequest notShared = form.toRequest(42, AppointmentMode.TELEHEALTH, "scr-1", "hold");
    form.setShareScreening(true);
    BookingRequest shared = form.toRequest(42, AppointmentMode.TELEHEALTH, "scr-1", "hold");

    assertThat(notShared.source()).isEqualTo(Choice.of(BookingSource.SCREENING));
    assertThat(notShared.screeningId()).isNull();
    assertThat(shared.source()).isEqualTo(Choice.of(BookingSource.SCREENING));
    assertThat(shared.screeningId()).isEqualTo("scr-1");
  }
}
