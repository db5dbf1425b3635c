package care.lantern.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.Slot;
import care.lantern.search.entity.SearchCriteria;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The search SQL against a real migrated schema: filters, radius, nearest clinic, next slot. */
class ProviderSearchMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static GeoPoint midtown;
  private static long nearTmsProvider;
  private static long lapsedSpravatoProvider;
  private static long twoClinicProvider;
  private static long farProvider;

  @BeforeAll
  static void directory() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode z10001 = em.find(ZipCode.class, "10001");
    ZipCode z11201 = em.find(ZipCode.class, "11201"); // Brooklyn, ~4 miles
    ZipCode z19107 = em.find(ZipCode.class, "19107"); // Philadelphia, ~80 miles
    midtown = z10001.location();

    Clinic tms = clinic(em, z10001, "Midtown TMS");
    tms.offer("TMS", List.of("AETNA", "SELF_PAY"));
    tms.offer("CONSULTATION", List.of("CIGNA"));
    Clinic lapsed = clinic(em, z11201, "Brooklyn Spravato");
    lapsed.offer("SPRAVATO", List.of("AETNA"));
    lapsed.certifyForSpravato("REMS-1", TODAY.minusDays(1));
    Clinic philly = clinic(em, z19107, "Philadelphia TMS");
    philly.offer("TMS", List.of("AETNA"));

    nearTmsProvider = provider(em, "Near", true, "es", tms);
    lapsedSpravatoProvider = provider(em, "Lapsed", true, "en", lapsed);
    twoClinicProvider = provider(em, "Two", true, "en", philly, tms);
    farProvider = provider(em, "Far", false, "en", philly);
    em.flush();
    Provider near = em.find(Provider.class, nearTmsProvider);
    em.persist(slot(near, tms, NOW.plus(Duration.ofDays(2))));
    em.persist(slot(near, tms, NOW.plus(Duration.ofDays(1))));
    em.persist(slot(near, tms, NOW.minus(Duration.ofDays(1))));
    em.getTransaction().commit();
    em.close();
  }

  @Test
  void findsProvidersWithinTheRadiusNearestFirst() {
    var hits = search(input("10001", 25, null, null, null));

    assertThat(hits.hits())
        .extracting(ProviderSearchQuery.Hit::providerId)
        .containsExactly(nearTmsProvider, twoClinicProvider, lapsedSpravatoProvider);
    assertThat(hits.total()).isEqualTo(3);
  }

  @Test
  void listsAProviderOnceAtTheirNearestClinic() {
    var hits = search(input("10001", 250, null, null, null));

    var two = hits.hits().stream().filter(h -> h.providerId() == twoClinicProvider).toList();
    assertThat(two).hasSize(1);
    assertThat(two.get(0).distanceMiles()).isLessThan(1);
  }

  @Test
  void acceptsAPayerOnlyForTheTreatmentItIsAcceptedFor() {
    assertThat(search(input("10001", 25, "TMS", "CIGNA", null)).hits()).isEmpty();
    assertThat(search(input("10001", 25, "CONSULTATION", "CIGNA", null)).hits())
        .extracting(ProviderSearchQuery.Hit::providerId)
        .containsExactlyInAnyOrder(nearTmsProvider, twoClinicProvider);
  }

  @Test
  void neverListsAClinicWithALapsedRemsCertificationForSpravato() {
    assertThat(search(input("10001", 25, "SPRAVATO", null, null)).hits()).isEmpty();
  }

  @Test
  void carriesTheEarliestFutureFreeConsultation() {
    var hit =
        search(input("10001", 5, "TMS", "AETNA", "es")).hits().stream()
            .filter(h -> h.providerId() == nearTmsProvider)
            .findFirst()
            .orElseThrow();

    assertThat(hit.nextAvailable()).contains(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void filtersByLanguage() {
    assertThat(search(input("10001", 250, null, null, "es")).hits())
        .extracting(ProviderSearchQuery.Hit::providerId)
        .containsExactly(nearTmsProvider);
  }

  @Test
  void pagesThroughTheResultsKeepingTheTotal() {
    var second =
        search(new SearchCriteria.Input("10001", 250, null, null, null, null, null, null, 1, 2));

    assertThat(second.hits()).hasSize(2);
    assertThat(second.total()).isEqualTo(4);
  }

  private static ProviderSearchQuery.Hits search(SearchCriteria.Input input) {
    EntityManager em = db.entityManager();
    try {
      return new ProviderSearchQuery(em).run(SearchCriteria.validated(input), midtown, NOW, TODAY);
    } finally {
      em.close();
    }
  }

  private static SearchCriteria.Input input(
      String zip, int radius, String treatment, String payer, String language) {
    return new SearchCriteria.Input(
        zip, radius, treatment, payer, null, language, null, null, 0, 20);
  }

  private static Clinic clinic(EntityManager em, ZipCode zip, String name) {
    Clinic clinic =
        new Clinic(name, "1 Test Street", zip, zip.location(), "(555) 0100", true, List.of("en"));
    em.persist(clinic);
    return clinic;
  }

  private static long provider(
      EntityManager em, String name, boolean accepting, String language, Clinic... clinics) {
    Provider provider =
        new Provider(
            name, "MD", "Bio", 10, "Board certified", "Philosophy", accepting, List.of(language));
    for (Clinic clinic : clinics) {
      provider.practiseAt(clinic);
    }
    em.persist(provider);
    em.flush();
    return provider.getId();
  }

  private static Slot slot(Provider provider, Clinic clinic, Instant start) {
    return new Slot(
        provider,
        clinic,
        AppointmentType.CONSULTATION,
        start,
        start.plus(Duration.ofMinutes(45)),
        EnumSet.of(AppointmentMode.IN_PERSON));
  }
}
