package care.lantern.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultPageTest {

  @Test
  void hasNextWhileItemsRemainAfterThisPage() {
    assertThat(new ResultPage<>(List.of("a", "b"), 5, 1, 2).hasNext()).isTrue();
  }

  @Test
  void hasNoNextOnTheLastFullOrPartPage() {
    assertThat(new ResultPage<>(List.of("a", "b"), 4, 1, 2).hasNext()).isFalse();
    assertThat(new ResultPage<>(List.of("a"), 5, 2, 2).hasNext()).isFalse();
  }

  @Test
  void hasNoNextWhenNothingWasFound() {
    assertThat(new ResultPage<>(List.<String>of(), 0, 0, 20).hasNext()).isFalse();
  }
}
