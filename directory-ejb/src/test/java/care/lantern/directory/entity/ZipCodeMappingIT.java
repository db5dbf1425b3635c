package care.lantern.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipCodeMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void migrationLoadsEveryZipCode() {
    try (EntityManager em = db.entityManager()) {
      long count = em.createQuery("SELECT COUNT(z) FROM ZipCode z", Long.class).getSingleResult();

      assertThat(count).isGreaterThan(40_000);
    }
  }

  @Test
  void findsManhattanByZip() {
    try (EntityManager em = db.entityManager()) {
      ZipCode zip = byZip(em, "10001");

      assertThat(zip.getCity()).isEqualTo("New York");
      assertThat(zip.getState()).isEqualTo("NY");
      assertThat(zip.getTimeZone()).isEqualTo(ZoneId.of("America/New_York"));
      assertThat(zip.location().milesTo(new GeoPoint(40.75, -73.99))).isLessThan(1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "94103, San Francisco, CA, America/Los_Angeles",
    "85001, Phoenix, AZ, America/Phoenix",
    "60601, Chicago, IL, America/Chicago",
    "77002, Houston, TX, America/Chicago",
    "33130, Miami, FL, America/New_York",
    // Central, not Eastern, time: the ZIP list the first data file used had them wrong.
    "42101, Bowling Green, KY, America/Chicago",
    "47708, Evansville, IN, America/Chicago",
    "46320, Hammond, IN, America/Chicago",
    // Arizona off the Navajo Nation keeps MST all year; Malheur County, OR is on Mountain time.
    "86040, Page, AZ, America/Phoenix",
    "97914, Ontario, OR, America/Boise",
    // Near zone borders, where a coarse lookup by position goes wrong: the Navajo Nation observes
    // DST, the Hopi villages inside it do not; Williston, ND is Central; Yuma, AZ is MST.
    "86515, Window Rock, AZ, America/Denver",
    "86034, Keams Canyon, AZ, America/Phoenix",
    "58801, Williston, ND, America/Chicago",
    "85369, Yuma, AZ, America/Phoenix",
  })
  void mapsCityStateAndTimeZone(String code, String city, String state, String timeZone) {
    try (EntityManager em = db.entityManager()) {
      ZipCode zip = byZip(em, code);

      assertThat(zip.getCity()).isEqualTo(city);
      assertThat(zip.getState()).isEqualTo(state);
      assertThat(zip.getTimeZone()).isEqualTo(ZoneId.of(timeZone));
    }
  }

  @Test
  void everyStoredTimeZoneIsAZoneJavaKnows() {
    try (EntityManager em = db.entityManager()) {
      var zones =
          em.createQuery("SELECT DISTINCT z.timeZone FROM ZipCode z", ZoneId.class).getResultList();

      assertThat(zones).contains(ZoneId.of("America/Chicago"), ZoneId.of("Pacific/Honolulu"));
    }
  }

  private static ZipCode byZip(EntityManager em, String zip) {
    return em.createNamedQuery("ZipCode.byZip", ZipCode.class)
        .setParameter("zip", zip)
        .getSingleResult();
  }
}
