package care.lantern.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceTest {

  @ParameterizedTest
  @ValueSource(strings = {"MONDAY", "monday", "  Monday "})
  void readsAConstantInAnyCaseAroundBlanks(String text) {
    Choice<DayOfWeek> choice = Choice.read(text, DayOfWeek.class);

    assertThat(choice).isEqualTo(Choice.of(DayOfWeek.MONDAY));
    assertThat(choice.picked()).contains(DayOfWeek.MONDAY);
    assertThat(choice.isNone()).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void readsNoTextAsNoPick(String text) {
    Choice<DayOfWeek> choice = Choice.read(text, DayOfWeek.class);

    assertThat(choice).isEqualTo(Choice.of(null));
    assertThat(choice.isNone()).isTrue();
    assertThat(choice.picked()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FUNDAY", "MON", "MONDAY,TUESDAY"})
  void tellsTextThatNamesNoConstantFromNoPick(String text) {
    Choice<DayOfWeek> choice = Choice.read(text, DayOfWeek.class);

    assertThat(choice).isInstanceOf(Choice.Unreadable.class);
    assertThat(choice.isNone()).isFalse();
    assertThat(choice.picked()).isEmpty();
  }
}
