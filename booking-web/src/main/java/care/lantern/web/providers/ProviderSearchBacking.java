package care.lantern.web.providers;

import care.lantern.directory.boundary.ReferenceData;
import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Treatment;
import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.boundary.ProviderDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The provider search form (home page) and its results ({@code /providers/search.xhtml}). The form
 * submits with GET, so every filter is a view parameter: searches can be shared and the back button
 * works. The search runs once, in {@link #search()}, the results page's view action.
 */
@Named
@RequestScoped
public class ProviderSearchBacking {

  static final int PAGE_SIZE = 20;

  /** The distances the form offers, in miles. */
  static final List<String> RADII = List.of("10", "25", "50", "100", "250");

  /** Languages the form offers, as ISO 639-1 codes: the most spoken in the US first. */
  static final List<String> LANGUAGES =
      List.of(
          "en", "es", "zh", "tl", "vi", "ar", "fr", "ko", "ru", "ht", "pt", "de", "hi", "pl", "it",
          "ja", "fa", "ur", "he", "bn");

  private static final String RESULTS_PAGE = "/providers/search.xhtml";
  private static final String PROFILE_PAGE = "/providers/view.xhtml";

  @Inject private ProviderDirectory directory;
  @Inject private ReferenceData referenceData;
  @Inject private ExternalContext externalContext;

  private final Map<String, String> parameters = new HashMap<>();
  private List<Treatment> treatments;
  private List<Payer> payers;
  private CodeNames names;
  private ResultPage<ProviderCard> results;
  private List<FieldError> errors = List.of();

  @PostConstruct
  void loadChoices() {
    treatments = referenceData.treatments();
    payers = referenceData.payers();
    names = CodeNames.of(treatments, payers);
  }

  /** Runs the search the query string describes; mistakes become messages next to the fields. */
  public void search() {
    SearchFilters filters = filters();
    errors = filters.malformed();
    if (!errors.isEmpty()) {
      return;
    }
    try {
      results =
          directory
              .search(filters.toInput(PAGE_SIZE))
              .map(provider -> ProviderCard.of(provider, names));
    } catch (InvalidInputException invalid) {
      errors = invalid.errors();
    }
  }

  public SearchFilters filters() {
    return new SearchFilters(parameters);
  }

  // The view parameters, as text: SearchFilters reads them.

  public String getZip() {
    return parameters.get(SearchFilters.ZIP);
  }

  public void setZip(String zip) {
    parameters.put(SearchFilters.ZIP, zip);
  }

  public String getRadiusMiles() {
    return parameters.get(SearchFilters.RADIUS);
  }

  public void setRadiusMiles(String radiusMiles) {
    parameters.put(SearchFilters.RADIUS, radiusMiles);
  }

  public String getTreatment() {
    return parameters.get(SearchFilters.TREATMENT);
  }

  public void setTreatment(String treatment) {
    parameters.put(SearchFilters.TREATMENT, treatment);
  }

  public String getPayer() {
    return parameters.get(SearchFilters.PAYER);
  }

  public void setPayer(String payer) {
    parameters.put(SearchFilters.PAYER, payer);
  }

  public String getLanguage() {
    return parameters.get(SearchFilters.LANGUAGE);
  }

  public void setLanguage(String language) {
    parameters.put(SearchFilters.LANGUAGE, language);
  }

  public String getTelehealth() {
    return parameters.get(SearchFilters.TELEHEALTH);
  }

  public void setTelehealth(String telehealth) {
    parameters.put(SearchFilters.TELEHEALTH, telehealth);
  }

  public String getAcceptingNewPatients() {
    return parameters.get(SearchFilters.ACCEPTING);
  }

  public void setAcceptingNewPatients(String acceptingNewPatients) {
    parameters.put(SearchFilters.ACCEPTING, acceptingNewPatients);
  }

  public String getSort() {
    return parameters.get(SearchFilters.SORT);
  }

  public void setSort(String sort) {
    parameters.put(SearchFilters.SORT, sort);
  }

  public String getPage() {
    return parameters.get(SearchFilters.PAGE);
  }

  public void setPage(String page) {
    parameters.put(SearchFilters.PAGE, page);
  }

  // The form's choices and current state.

  public List<Treatment> getTreatments() {
    return treatments;
  }

  public List<Payer> getPayers() {
    return payers;
  }

  /** The standard distances, and the one in the link if it is another. */
  public List<String> getRadii() {
    List<String> radii = new ArrayList<>(RADII);
    String selected = getSelectedRadius();
    if (!radii.contains(selected)) {
      radii.add(selected);
    }
    return radii;
  }

  public String getSelectedRadius() {
    return String.valueOf(filters().radius());
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  public String languageName(String code) {
    return CodeNames.language(code);
  }

  public boolean isTelehealthOnly() {
    return filters().isChecked(SearchFilters.TELEHEALTH);
  }

  public boolean isAcceptingNewPatientsOnly() {
    return filters().isChecked(SearchFilters.ACCEPTING);
  }

  public boolean isSortedBySoonest() {
    return filters().get(SearchFilters.SORT).filter("soonest"::equalsIgnoreCase).isPresent();
  }

  // Results and mistakes.

  /** Null until a search ran without mistakes. */
  public ResultPage<ProviderCard> getResults() {
    return results;
  }

  public boolean isSearched() {
    return results != null;
  }

  public List<FieldError> getErrors() {
    return errors;
  }

  public boolean hasError(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** The first message about {@code field}, or null. */
  public String errorFor(String field) {
    return errors.stream()
        .filter(e -> e.field().equals(field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  /** Fields with an input on the form, so that the error summary can link to them. */
  public boolean isOnForm(String field) {
    return List.of(
            SearchFilters.ZIP,
            SearchFilters.RADIUS,
            SearchFilters.TREATMENT,
            SearchFilters.PAYER,
            SearchFilters.LANGUAGE)
        .contains(field);
  }

  public int getPageNumber() {
    return filters().pageNumber();
  }

  public long getPageCount() {
    return results == null ? 0 : Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  // Links that keep every filter.

  public String getPreviousLink() {
    int page = getPageNumber();
    return page <= 1 ? null : resultsLink(filters().with(SearchFilters.PAGE, page(page - 1)));
  }

  public String getNextLink() {
    int page = getPageNumber();
    return page >= getPageCount()
        ? null
        : resultsLink(filters().with(SearchFilters.PAGE, page(page + 1)));
  }

  public String getFirstPageLink() {
    return resultsLink(filters().without(SearchFilters.PAGE));
  }

  public String sortLink(String sort) {
    return resultsLink(filters().with(SearchFilters.SORT, sort));
  }

  public String profileLink(long providerId) {
    return externalContext.getRequestContextPath()
        + PROFILE_PAGE
        + "?id="
        + providerId
        + filters().get(SearchFilters.ZIP).map(zip -> "&zip=" + zip).orElse("");
  }

  /** The next standard distance beyond the one searched, if there is one. */
  public Optional<String> widerRadius() {
    int searched = filters().radius();
    return RADII.stream().filter(r -> Integer.parseInt(r) > searched).findFirst();
  }

  /** Ways to find more when nothing matched: a wider radius, or one filter fewer. */
  public List<Suggestion> getSuggestions() {
    SearchFilters filters = filters();
    List<Suggestion> suggestions = new ArrayList<>();
    widerRadius()
        .ifPresent(
            radius ->
                suggestions.add(
                    new Suggestion(
                        "search.empty.wider",
                        radius,
                        resultsLink(filters.with(SearchFilters.RADIUS, radius)))));
    for (String filter :
        List.of(
            SearchFilters.TREATMENT,
            SearchFilters.PAYER,
            SearchFilters.LANGUAGE,
            SearchFilters.TELEHEALTH,
            SearchFilters.ACCEPTING)) {
      filters
          .get(filter)
          .ifPresent(
              value ->
                  suggestions.add(
                      new Suggestion(
                          "search.empty.without." + filter,
                          nameOf(filter, value),
                          resultsLink(filters.without(filter)))));
    }
    return suggestions;
  }

  /** One way to widen a search: a message key, the value it names, and the link that does it. */
  public record Suggestion(String messageKey, String value, String link) {}

  private String nameOf(String filter, String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    return switch (filter) {
      case SearchFilters.TREATMENT -> names.treatments(List.of(upper)).get(0);
      case SearchFilters.PAYER -> names.payers(List.of(upper)).get(0);
      case SearchFilters.LANGUAGE -> CodeNames.language(code);
      default -> code;
    };
  }

  private String resultsLink(SearchFilters filters) {
    return externalContext.getRequestContextPath() + RESULTS_PAGE + "?" + filters.toQuery();
  }

  private static String page(int number) {
    return String.valueOf(number);
  }
}
