package care.lantern.web.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClinicTimeTest {

  @Test
  void showsAnInstantOnTheClinicsWallClockWithItsZoneLabel() {
    var time = ClinicTime.of(Instant.parse("2026-11-23T19:00:00Z"), ZoneId.of("America/New_York"));

    assertThat(time.text()).isEqualTo("Mon 23 Nov, 2:00 PM EST");
    assertThat(time.iso()).isEqualTo("2026-11-23T14:00:00-05:00");
  }

  @Test
  void followsDaylightSavingTime() {
    var time = ClinicTime.of(Instant.parse("2026-07-01T16:30:00Z"), ZoneId.of("America/Chicago"));

    assertThat(time.text()).isEqualTo("Wed 1 Jul, 11:30 AM CDT");
    assertThat(time.iso()).isEqualTo("2026-07-01T11:30:00-05:00");
  }

  @Test
  void namesATimeZoneAsPeopleDoWithItsId() {
    assertThat(ClinicTime.zoneName(ZoneId.of("America/Los_Angeles")))
        .isEqualTo("Pacific Time (America/Los_Angeles)");
  }
}
