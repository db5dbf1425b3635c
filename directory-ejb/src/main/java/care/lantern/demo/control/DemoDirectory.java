package care.lantern.demo.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.WeeklyAvailability;
import care.lantern.scheduling.entity.WeeklyRule;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A believable directory of invented clinics and providers across major US metros, the same for the
 * same seed. Every contract demo promise holds: near each anchor ZIP a flagship clinic offers every
 * treatment, accepts every payer for each, holds a valid REMS certification and has providers with
 * weekday hours. The benchmark uses the same generator with bigger numbers.
 */
public final class DemoDirectory {

  /** How a flagship clinic's name starts: how the demo staff and appointments find them again. */
  private static final String FLAGSHIP_PREFIX = "Lantern Demo ";

  /** The first {@code count} flagship clinics loaded, in the order they were created. */
  static List<Clinic> flagships(EntityManager em, int count) {
    return em.createQuery(
            "SELECT c FROM Clinic c WHERE c.name LIKE :prefix ORDER BY c.id", Clinic.class)
        .setParameter("prefix", FLAGSHIP_PREFIX + "%")
        .setMaxResults(count)
        .getResultList();
  }

  /** Metro anchor ZIPs; the first five are the contract's demo ZIPs. */
  static final List<String> METRO_ZIPS =
      List.of(
          "10001", "60601", "94103", "77002", "33130", "90012", "85004", "19107", "78205", "92101",
          "75201", "98101", "02108", "30303", "80202", "20001", "48226", "55401", "97204", "78701",
          "37203", "28202", "63101", "89101", "84101");

  /** Monitoring chairs for Spravato and ketamine (no random draw: the seeded data stays as is). */
  static final int FLAGSHIP_CHAIRS = 3;

  static final int CLINIC_CHAIRS = 2;

  static final List<String> TREATMENTS = List.of("CONSULTATION", "TMS", "SPRAVATO", "KETAMINE_IV");
  static final List<String> PAYERS =
      List.of(
          "AETNA",
          "BCBS",
          "CIGNA",
          "UNITED",
          "MEDICARE",
          "MEDICAID",
          "TRICARE",
          "HUMANA",
          "SELF_PAY");

  private static final List<String> FIRST_NAMES =
      List.of(
          "Maya", "Daniel", "Priya", "Marcus", "Elena", "Samuel", "Grace", "Omar", "Hannah", "Luis",
          "Aisha", "Noah", "Mei", "Julian", "Fatima", "Caleb", "Sofia", "Andre", "Leah", "Tomas",
          "Nadia", "Isaac", "Rosa", "Victor", "Claire", "Kenji", "Amara", "Felix", "Yara",
          "Gabriel");
  private static final List<String> LAST_NAMES =
      List.of(
          "Patel",
          "Okafor",
          "Nguyen",
          "Rivera",
          "Kowalski",
          "Haddad",
          "Bennett",
          "Moreau",
          "Tanaka",
          "Alvarez",
          "Lindqvist",
          "Mensah",
          "Chen",
          "Castillo",
          "Brennan",
          "Iyer",
          "Novak",
          "Abara",
          "Delgado",
          "Fischer",
          "Ramos",
          "Whitaker",
          "Kim",
          "Osei",
          "Duarte",
          "Sokolov",
          "Harrington",
          "Achebe",
          "Vargas",
          "Lund");
  private static final List<String> CREDENTIALS = List.of("MD", "MD", "DO", "NP", "PA");
  private static final List<String> STREETS =
      List.of("Main", "Oak", "Park", "Lake", "Hill", "Cedar", "River", "Maple", "Elm", "Market");
  private static final List<String> SUFFIXES = List.of("Street", "Avenue", "Boulevard", "Road");
  private static final List<String> CLINIC_KINDS =
      List.of(
          "TMS & Psychiatry",
          "Interventional Psychiatry",
          "Ketamine & Wellness",
          "Behavioral Health",
          "Mood Disorders Center",
          "Brain Health Clinic");
  private static final List<String> EXTRA_LANGUAGES =
      List.of("es", "es", "es", "zh", "vi", "ko", "ru", "fr", "ht", "pt", "ar", "hi");
  private static final List<String> PHILOSOPHIES =
      List.of(
          "I believe recovery starts with listening. We decide together, step by step, and I"
              + " explain every option, including the ones that do not involve medication.",
          "Depression that has not responded to medication is not a personal failure. I use"
              + " the newer, evidence-based treatments and measure progress at every visit.",
          "I combine careful diagnosis with practical care: sleep, therapy and, where it helps,"
              + " TMS or esketamine, always at a pace the patient is comfortable with.",
          "My approach is collaborative and measurement-based. We agree on goals, track them"
              + " with validated scales, and change course when something is not working.");
  private static final List<String> QUALIFICATIONS =
      List.of(
          "Board certified in Psychiatry (ABPN). Residency in psychiatry; fellowship in"
              + " interventional psychiatry.",
          "Board certified in Psychiatry and Neurology. Clinical TMS Society member; Spravato"
              + " REMS trained.",
          "Psychiatric-Mental Health Nurse Practitioner (PMHNP-BC). Certified in TMS"
              + " administration.",
          "Board certified in Psychiatry. Certified in ketamine-assisted therapy; research in"
              + " treatment-resistant depression.");

  /** How many clinics and providers to generate. */
  public record Size(int clinics, int providers) {
    public static final Size DEMO = new Size(320, 960);
  }

  /** One provider's weekly hours at one of their clinics. */
  public record Hours(Provider provider, Clinic clinic, List<WeeklyRule> rules) {
    public List<WeeklyAvailability> rows() {
      return rules.stream().map(rule -> new WeeklyAvailability(provider, clinic, rule)).toList();
    }
  }

  /** The generated directory, ready to persist in this order. */
  public record Directory(List<Clinic> clinics, List<Provider> providers, List<Hours> hours) {}

  private final Random random;
  private final LocalDate today;

  public DemoDirectory(long seed, LocalDate today) {
    this.random = new Random(seed);
    this.today = today;
  }

  /**
   * Builds the directory. {@code zipsNear} returns real ZIP codes within about 20 miles of a metro
   * anchor (the anchor first), so every clinic has a real address, city and time zone.
   */
  public Directory generate(Size size, Function<String, List<ZipCode>> zipsNear) {
    List<List<ZipCode>> metros = METRO_ZIPS.stream().map(zipsNear).toList();
    List<Clinic> clinics = new ArrayList<>();
    List<Provider> providers = new ArrayList<>();
    List<Hours> hours = new ArrayList<>();

    for (int m = 0; m < metros.size() && clinics.size() < size.clinics(); m++) {
      clinics.add(flagship(metros.get(m).get(0)));
    }
    while (clinics.size() < size.clinics()) {
      List<ZipCode> metro = metros.get(clinics.size() % metros.size());
      clinics.add(ordinaryClinic(pick(metro)));
    }
    for (int p = 0; p < size.providers(); p++) {
      // The first three providers of each flagship accept new patients and work weekdays there.
      Clinic home = clinics.get(p % clinics.size());
      boolean flagship = p < 3 * clinics.size() && p % clinics.size() < METRO_ZIPS.size();
      Provider provider = provider(flagship || random.nextInt(10) < 8);
      provider.practiseAt(home);
      List<WeeklyRule> homeHours = flagship ? weekdays(home) : someDays(home, Set.of());
      hours.add(new Hours(provider, home, homeHours));
      if (!flagship && random.nextInt(5) == 0) {
        Clinic second = clinics.get(random.nextInt(clinics.size()));
        if (second != home) {
          provider.practiseAt(second);
          // A provider is one person: the second clinic gets other days, so that the hours never
          // overlap, whatever the two clinics' time zones.
          Set<DayOfWeek> taken =
              homeHours.stream().map(WeeklyRule::day).collect(Collectors.toSet());
          hours.add(new Hours(provider, second, someDays(second, taken)));
        }
      }
      providers.add(provider);
    }
    return new Directory(clinics, providers, hours);
  }

  private Clinic flagship(ZipCode zip) {
    Clinic clinic = newClinic(zip, zip.location(), FLAGSHIP_PREFIX + zip.getCity() + " Flagship");
    TREATMENTS.forEach(treatment -> clinic.offer(treatment, PAYERS));
    clinic.certifyForSpravato(remsId(), today.plusYears(2));
    clinic.describeTms("NeuroStar Advanced Therapy, 37-minute standard protocol");
    clinic.equipMonitoringChairs(FLAGSHIP_CHAIRS);
    return clinic;
  }

  private Clinic ordinaryClinic(ZipCode zip) {
    GeoPoint jittered =
        new GeoPoint(
            zip.location().latitude() + (random.nextDouble() - 0.5) * 0.01,
            zip.location().longitude() + (random.nextDouble() - 0.5) * 0.01);
    Clinic clinic = newClinic(zip, jittered, zip.getCity() + " " + pick(CLINIC_KINDS));
    clinic.offer("CONSULTATION", somePayers());
    if (random.nextInt(10) < 7) {
      clinic.offer("TMS", somePayers());
      clinic.describeTms(
          random.nextBoolean() ? "NeuroStar, standard protocol" : "BrainsWay Deep TMS");
    }
    if (random.nextInt(10) < 5) {
      clinic.offer("SPRAVATO", somePayers());
      // One in five Spravato clinics has let its REMS certification lapse: it must not be listed.
      clinic.certifyForSpravato(
          remsId(),
          random.nextInt(5) == 0 ? today.minusDays(30) : today.plusMonths(6 + random.nextInt(18)));
    }
    if (random.nextInt(10) < 4) {
      clinic.offer("KETAMINE_IV", somePayers());
    }
    if (!clinic.payersFor("SPRAVATO").isEmpty() || !clinic.payersFor("KETAMINE_IV").isEmpty()) {
      clinic.equipMonitoringChairs(CLINIC_CHAIRS);
    }
    return clinic;
  }

  private Clinic newClinic(ZipCode zip, GeoPoint location, String name) {
    List<String> languages = new ArrayList<>(List.of("en"));
    if (random.nextInt(3) == 0) {
      languages.add(pick(EXTRA_LANGUAGES));
    }
    Clinic clinic =
        new Clinic(
            name,
            (100 + random.nextInt(9800)) + " " + pick(STREETS) + " " + pick(SUFFIXES),
            zip,
            location,
            "(555) 01" + (10 + random.nextInt(90)),
            random.nextInt(10) < 7,
            languages);
    clinic.setWebsite("https://example.org/demo-clinic");
    return clinic;
  }

  private Provider provider(boolean accepting) {
    String credentials = pick(CREDENTIALS);
    String name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    int experience = 2 + random.nextInt(30);
    List<String> languages = new ArrayList<>(List.of("en"));
    if (random.nextInt(3) == 0) {
      languages.add(pick(EXTRA_LANGUAGES));
    }
    return new Provider(
        name,
        credentials,
        name
            + " ("
            + credentials
            + ") has cared for adults with depression and anxiety for "
            + experience
            + " years, with a focus on people for whom antidepressants have not worked. An"
            + " invented person in Lantern's demo directory.",
        experience,
        pick(QUALIFICATIONS),
        pick(PHILOSOPHIES),
        accepting,
        languages);
  }

  private List<WeeklyRule> weekdays(Clinic clinic) {
    List<WeeklyRule> rules = new ArrayList<>();
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      rules.add(new WeeklyRule(day, LocalTime.of(9, 0), LocalTime.of(17, 0), modes(clinic)));
    }
    return rules;
  }

  /**
   * Mornings or afternoons on two or three days from Monday to Saturday, other than {@code taken}.
   */
  private List<WeeklyRule> someDays(Clinic clinic, Set<DayOfWeek> taken) {
    List<DayOfWeek> days = new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    days.removeAll(taken);
    java.util.Collections.shuffle(days, random);
    boolean mornings = random.nextBoolean();
    return days.subList(0, 2 + random.nextInt(2)).stream()
        .map(
            day ->
                mornings
                    ? new WeeklyRule(day, LocalTime.of(8, 0), LocalTime.of(12, 0), modes(clinic))
                    : new WeeklyRule(day, LocalTime.of(13, 0), LocalTime.of(18, 0), modes(clinic)))
        .toList();
  }

  private static Set<AppointmentMode> modes(Clinic clinic) {
    return clinic.isTelehealth()
        ? EnumSet.of(AppointmentMode.IN_PERSON, AppointmentMode.TELEHEALTH)
        : EnumSet.of(AppointmentMode.IN_PERSON);
  }

  private List<String> somePayers() {
    List<String> payers = new ArrayList<>(List.of("SELF_PAY"));
    for (String payer : PAYERS) {
      if (!payer.equals("SELF_PAY") && random.nextInt(10) < 6) {
        payers.add(payer);
      }
    }
    return payers;
  }

  private String remsId() {
    return "REMS-DEMO-" + (100000 + random.nextInt(900000));
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
