package care.lantern.web.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FortnightTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void startsTodayWithoutADate() {
    Fortnight fortnight = Fortnight.from(null, TODAY);

    assertThat(fortnight.first()).isEqualTo(TODAY);
    assertThat(fortnight.last()).isEqualTo(LocalDate.of(2026, 12, 5));
    assertThat(fortnight.hasEarlier()).isFalse();
  }

  @Test
  void pagesForwardByFourteenDays() {
    Fortnight fortnight = Fortnight.from(Fortnight.from(null, TODAY).later().toString(), TODAY);

    assertThat(fortnight.first()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(fortnight.hasEarlier()).isTrue();
    assertThat(fortnight.earlier()).isEqualTo(TODAY);
  }

  @Test
  void neverPagesBackBeforeToday() {
    Fortnight fortnight = Fortnight.from("2026-11-30", TODAY);

    assertThat(fortnight.earlier()).isEqualTo(TODAY);
  }

  @Test
  void ignoresPastDatesAndNonsense() {
    assertThat(Fortnight.from("2020-01-01", TODAY).first()).isEqualTo(TODAY);
    assertThat(Fortnight.from("next tuesday", TODAY).first()).isEqualTo(TODAY);
  }
}
