package care.lantern.search.control;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.entity.CalendarId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's directory, generated in memory with a fixed seed at the size: clinics
 * spread within 20 miles of 25 metros, providers at one clinic or (one in five) two, about 54
 * consultation times each over four weeks, one in a hundred held. Fed to the index's builder as
 * {@code DirectoryReader} feeds it from the tables.
 */
final class GeneratedDirectory {

  static final List<String> TREATMENTS = List.of("CONSULTATION", "TMS", "SPRAVATO", "KETAMINE_IV");
  static final List<String> PAYERS =
      List.of("AETNA", "BCBS", "CIGNA", "UNITED", "MEDICARE", "MEDICAID", "TRICARE", "HUMANA", "SELF_PAY");
  static final List<String> LANGUAGES = List.of("en", "es", "zh", "vi", "ru", "ko", "ar", "fr");

  /** The bench's ten search metros first, then fifteen more. */
  static final List<String> METROS =
      List.of(
          "10001", "60601", "94103", "77002", "33130", "90012", "85004", "19107", "98101", "02108",
          "30303", "75201", "80202", "55401", "48226", "63101", "97204", "92101", "78701", "37203",
          "28202", "46204", "43215", "64105", "89101");

  record Zip(String zip, double latitude, double longitude, String city, String state, String zone) {}

  static List<Zip> zips() throws IOException {
    List<Zip> zips = new ArrayList<>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                GeneratedDirectory.class.getResourceAsStream("/care/lantern/directory/zip-codes.csv"),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        zips.add(new Zip(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3], f[4], f[5]));
      }
    }
    return zips;
  }

  static List<Zip> near(List<Zip> zips, List<String> anchors, double miles) {
    List<Zip> centres = zips.stream().filter(z -> anchors.contains(z.zip())).toList();
    return zips.stream()
        .filter(
            z ->
                centres.stream()
                    .anyMatch(
                        c ->
                            SearchableDirectory.milesBetween(
                                    new care.lantern.directory.entity.GeoPoint(c.latitude(), c.longitude()),
                                    z.latitude(),
                                    z.longitude())
                                <= miles))
        .toList();
  }

  static SearchableDirectory build(
      List<Zip> zips, int clinics, int providers, int timesPerCalendar, Instant now, long seed) {
    Random random = new Random(seed);
    List<Zip> metroZips = near(zips, METROS, 20);
    SearchableDirectory.Builder b = new SearchableDirectory.Builder();
    LocalDate today = LocalDate.ofInstant(now, ZoneId.of("UTC"));
    for (long c = 1; c <= clinics; c++) {
      Zip zip = metroZips.get(random.nextInt(metroZips.size()));
      b.clinic(
          new ClinicSummary(
              c, "Clinic " + c, c + " Main Street", zip.city(), zip.state(), zip.zip(),
              ZoneId.of(zip.zone()), Duration.ofMinutes(120)),
          zip.latitude() + (random.nextDouble() - 0.5) / 100,
          zip.longitude() + (random.nextDouble() - 0.5) / 100,
          random.nextInt(3) > 0,
          random.nextInt(3) == 0 ? today.plusDays(random.nextInt(400) - 30) : null);
      for (String treatment : TREATMENTS) {
        if (treatment.equals("CONSULTATION") || random.nextBoolean()) {
          b.treatment(c, treatment);
          for (String payer : PAYERS) {
            if (random.nextInt(3) > 0) {
              b.payer(c, treatment, payer);
            }
          }
        }
      }
    }
    long micros = FreeTimes.micros(now);
    long hour = 3_600_000_000L;
    for (long p = 1; p <= providers; p++) {
      b.provider(p, "Provider " + p, random.nextBoolean() ? "MD" : "NP", random.nextInt(4) > 0);
      b.language(p, "en");
      if (random.nextInt(3) == 0) {
        b.language(p, LANGUAGES.get(1 + random.nextInt(LANGUAGES.size() - 1)));
      }
      int at = random.nextInt(5) == 0 ? 2 : 1;
      for (int i = 0; i < at; i++) {
        CalendarId calendar = new CalendarId(p, 1 + random.nextInt(clinics));
        b.practice(calendar);
        long first = micros - micros % hour + hour;
        for (int t = 0; t < timesPerCalendar; t++) {
          long start = first + (long) random.nextInt(28 * 24) * hour + t % 2 * 60_000_000L;
          long held = random.nextInt(100) == 0 ? micros + 600_000_000L : FreeTimes.NO_TIME;
          b.freeTime(calendar, start, held);
        }
      }
    }
    return b.build();
  }
}
