package care.lantern.web.providers;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.platform.entity.FieldError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

  private static SearchFilters filters(String... pairs) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return new SearchFilters(values);
  }

  @Test
  void writesGivenFiltersInAStableOrderAndLeavesBlanksOut() {
    var filters = filters("page", "2", "treatment", "TMS", "zip", "10001", "payer", " ");

    assertThat(filters.toQuery()).isEqualTo("zip=10001&treatment=TMS&page=2");
  }

  @Test
  void encodesValuesForTheUrl() {
    assertThat(filters("zip", "10 01&x=1").toQuery()).isEqualTo("zip=10+01%26x%3D1");
  }

  @Test
  void turnsATickedCheckboxIntoTrueAndDropsAnUntickedOne() {
    var filters = filters("zip", "10001", "telehealth", "on", "acceptingNewPatients", "false");

    assertThat(filters.toQuery()).isEqualTo("zip=10001&telehealth=true");
    assertThat(filters.isChecked("telehealth")).isTrue();
    assertThat(filters.toInput(20).telehealth()).isTrue();
    assertThat(filters.toInput(20).acceptingNewPatients()).isFalse();
  }

  @Test
  void startsAtTheFirstPageWhenAnythingButThePageChanges() {
    var filters = filters("zip", "10001", "page", "3");

    assertThat(filters.with("sort", "soonest").toQuery()).isEqualTo("zip=10001&sort=soonest");
    assertThat(filters.with("page", "4").toQuery()).isEqualTo("zip=10001&page=4");
    assertThat(
            filters("zip", "10001", "treatment", "TMS", "page", "2").without("treatment").toQuery())
        .isEqualTo("zip=10001");
  }

  @Test
  void countsPagesFromOneForPeopleAndFromZeroForTheDirectory() {
    assertThat(filters("page", "3").pageNumber()).isEqualTo(3);
    assertThat(filters("page", "3").toInput(20).page()).isEqualTo(2);
    assertThat(filters("page", "0").pageNumber()).isEqualTo(1);
    assertThat(filters("page", "two").pageNumber()).isEqualTo(1);
    assertThat(filters().toInput(20).page()).isZero();
  }

  @Test
  void reportsADistanceThatIsNoNumberAgainstTheField() {
    var filters = filters("zip", "10001", "radiusMiles", "abc25");

    assertThat(filters.malformed()).extracting(FieldError::field).containsExactly("radiusMiles");
    assertThat(filters.toInput(20).radiusMiles()).isNull();
    assertThat(filters.radius()).isEqualTo(25);
  }

  @Test
  void passesTextFiltersToTheDirectoryAsGiven() {
    var input =
        filters("zip", " 10001 ", "radiusMiles", "50", "treatment", "TMS", "payer", "AETNA")
            .toInput(20);

    assertThat(input.zip()).isEqualTo("10001");
    assertThat(input.radiusMiles()).isEqualTo(50);
    assertThat(input.treatment()).isEqualTo("TMS");
    assertThat(input.payer()).isEqualTo("AETNA");
    assertThat(input.size()).isEqualTo(20);
  }
}
