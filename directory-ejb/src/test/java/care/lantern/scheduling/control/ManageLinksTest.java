package care.lantern.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManageLinksTest {

  @Test
  void pointsAtTheManagePageUnderThePublicUrl() {
    var links = new ManageLinks("https://lantern.care/");

    String url = links.manageUrl("LN-7KQ4MZ", "Zq3_x-9");

    assertThat(url)
        .isEqualTo("https://lantern.care/appointments/manage.xhtml?ref=LN-7KQ4MZ&token=Zq3_x-9");
  }

  @Test
  void encodesCharactersThatWouldBreakTheQuery() {
    var links = new ManageLinks("http://localhost:8080");

    String url = links.manageUrl("LN 1", "a+b/c=&d");

    assertThat(url)
        .isEqualTo(
            "http://localhost:8080/appointments/manage.xhtml?ref=LN+1&token=a%2Bb%2Fc%3D%26d");
  }
}
