package care.lantern.search.boundary;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.directory.entity.GeoPoint;
import care.lantern.directory.entity.Provider;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.entity.NotFoundException;
import care.lantern.platform.entity.ResultPage;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.search.control.ProviderSearchQuery;
import care.lantern.search.control.ProviderSearchQuery.Hit;
import care.lantern.search.control.ProviderSummaries;
import care.lantern.search.control.SearchFigures;
import care.lantern.search.control.SearchIndex;
import care.lantern.search.control.SearchableDirectory;
import care.lantern.search.entity.InvalidSearchException;
import care.lantern.search.entity.ProviderProfile;
import care.lantern.search.entity.ProviderSummary;
import care.lantern.search.entity.SearchCriteria;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Finds providers near a ZIP code and tells patients who they are.
 *
 * <p>The one boundary that is a CDI bean rather than a {@code @Stateless} EJB: it only reads public
 * data, so it needs neither the EJB container's security nor its pooling, and that container's
 * handling of each call was a fifth of a search answered from memory (docs/benchmarks.md). Jakarta
 * Transactions' {@code @Transactional} gives it the same transaction behaviour as before.
 */
@ApplicationScoped
public class ProviderDirectory {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private ReferenceData referenceData;

  @Inject private SearchIndex index;

  @Inject private SearchFigures figures;

  /**
   * One page of providers matching {@code criteria}, each at their nearest matching clinic: from
   * the search index, or in SQL while the index is being built.
   */
  // Searching only reads, and most searches are answered from memory: beginning and committing a
  // transaction for each was a tenth of a remembered search's cost (docs/benchmarks.md).
  @Transactional(TxType.SUPPORTS)
  public ResultPage<ProviderSummary> search(SearchCriteria criteria) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    Optional<SearchableDirectory> ready = index.ready();
    if (ready.isPresent()) {
      SearchableDirectory directory = ready.get();
      requireKnownCodes(criteria, directory::knowsTreatment, directory::knowsPayer);
      GeoPoint origin =
          directory.locate(criteria.zip()).orElseThrow(InvalidSearchException::unknownZip);
      var found = directory.run(criteria, origin, now, today);
      List<ProviderSummary> items =
          found.hits().stream()
              .map(hit -> directory.summary(hit, criteria.treatment(), clock))
              .toList();
      return new ResultPage<>(items, found.total(), criteria.page(), criteria.size());
    }
    requireKnownCodes(
        criteria,
        code -> referenceData.treatments().stream().anyMatch(t -> t.getCode().equals(code)),
        code -> referenceData.payers().stream().anyMatch(p -> p.getCode().equals(code)));
    GeoPoint origin = locate(criteria.zip());
    var found = new ProviderSearchQuery(em).run(criteria, origin, now, today);
    // One query per entity type for the whole page, so that their collections are batch-fetched
    // for the page too, rather than a few queries per hit.
    Map<Long, Provider> providers =
        byIds(Provider.class, found.hits().stream().map(Hit::providerId), Provider::getId);
    Map<Long, Clinic> clinics =
        byIds(Clinic.class, found.hits().stream().map(Hit::clinicId), Clinic::getId);
    List<ProviderSummary> items =
        found.hits().stream()
            .map(
                hit ->
                    summarise(
                        providers.get(hit.providerId()),
                        clinics.get(hit.clinicId()),
                        hit,
                        criteria.treatment()))
            .toList();
    return new ResultPage<>(items, found.total(), criteria.page(), criteria.size());
  }

  /** Search with every filter the patient gave, or a default: the edges' one entry point. */
  @Transactional(TxType.SUPPORTS)
  public ResultPage<ProviderSummary> search(SearchCriteria.Input input) {
    try (Timer.Context timing = figures.searchStarted()) {
      return search(SearchCriteria.validated(input));
    }
  }

  /**
   * A provider's full profile, with distances measured from {@code fromZip} when given; an unknown
   * ZIP is an {@link InvalidSearchException}, as in a search, rather than a silent distance of 0.
   */
  @Transactional
  public ProviderProfile profile(long providerId, Optional<String> fromZip) {
    Provider provider =
        Optional.ofNullable(em.find(Provider.class, providerId))
            .orElseThrow(() -> new NotFoundException("Provider"));
    Optional<GeoPoint> origin = fromZip.map(this::locate);
    List<Clinic> clinics =
        provider.clinics().stream()
            .sorted(
                Comparator.comparingDouble(
                        (Clinic c) -> origin.map(o -> o.milesTo(c.location())).orElse(0.0))
                    .thenComparing(Clinic::getId))
            .toList();
    Clinic nearest = clinics.get(0);
    Hit hit =
        new Hit(
            provider.getId(),
            nearest.getId(),
            origin.map(o -> o.milesTo(nearest.location())).orElse(0.0),
            new ProviderSearchQuery(em)
                .nextAvailable(CalendarId.of(provider, nearest), clock.instant()));
    return new ProviderProfile(
        summarise(provider, nearest, hit, Optional.empty()),
        provider.getBio(),
        provider.getExperienceYears(),
        provider.getQualifications(),
        provider.getTreatmentPhilosophy(),
        clinics.stream().map(ClinicSummary::of).toList());
  }

  private ProviderSummary summarise(
      Provider provider, Clinic clinic, Hit hit, Optional<String> treatment) {
    return ProviderSummaries.of(provider, clinic, hit, treatment, clock);
  }

  /** The entities of {@code type} with {@code ids}, by a named query {@code <Type>.byIds}. */
  private <T> Map<Long, T> byIds(Class<T> type, Stream<Long> ids, Function<T, Long> id) {
    List<Long> distinct = ids.distinct().toList();
    if (distinct.isEmpty()) {
      return Map.of();
    }
    return em
        .createNamedQuery(type.getSimpleName() + ".byIds", type)
        .setParameter("ids", distinct)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(id, Function.identity()));
  }

  private GeoPoint locate(String zip) {
    return findZip(zip).map(ZipCode::location).orElseThrow(InvalidSearchException::unknownZip);
  }

  private Optional<ZipCode> findZip(String zip) {
    return Optional.ofNullable(em.find(ZipCode.class, zip));
  }

  /** The treatment, then the payer, must be codes patients can choose, or the search is refused. */
  private static void requireKnownCodes(
      SearchCriteria criteria, Predicate<String> knownTreatment, Predicate<String> knownPayer) {
    criteria
        .treatment()
        .filter(knownTreatment.negate())
        .ifPresent(
            code -> {
              throw InvalidSearchException.unknownCode("treatment", code);
            });
    criteria
        .payer()
        .filter(knownPayer.negate())
        .ifPresent(
            code -> {
              throw InvalidSearchException.unknownCode("payer", code);
            });
  }
}
