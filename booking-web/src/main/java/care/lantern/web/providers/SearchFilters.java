package care.lantern.web.providers;

import care.lantern.platform.entity.FieldError;
import care.lantern.search.entity.SearchCriteria;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A provider search as the results page's query string holds it, so that a search can be shared,
 * bookmarked and gone back to. Values are text as the browser sent them; blanks count as not given.
 * {@code page} counts from 1 here, as people count pages.
 */
public record SearchFilters(Map<String, String> values) {

  public static final String ZIP = "zip";
  public static final String RADIUS = "radiusMiles";
  public static final String TREATMENT = "treatment";
  public static final String PAYER = "payer";
  public static final String LANGUAGE = "language";
  public static final String TELEHEALTH = "telehealth";
  public static final String ACCEPTING = "acceptingNewPatients";
  public static final String SORT = "sort";
  public static final String PAGE = "page";

  /** Every parameter, in the order links write them. */
  public static final List<String> NAMES =
      List.of(ZIP, RADIUS, TREATMENT, PAYER, LANGUAGE, TELEHEALTH, ACCEPTING, SORT, PAGE);

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

  /** Checkboxes: a browser submits a ticked one as {@code on}; links write {@code true}. */
  private static final List<String> FLAGS = List.of(TELEHEALTH, ACCEPTING);

  public SearchFilters {
    Map<String, String> kept = new LinkedHashMap<>();
    for (String name : NAMES) {
      String value = values.get(name);
      if (value == null || value.isBlank()) {
        continue;
      }
      if (!FLAGS.contains(name)) {
        kept.put(name, value.trim());
      } else if (value.trim().equalsIgnoreCase("true") || value.trim().equalsIgnoreCase("on")) {
        kept.put(name, "true");
      }
    }
    values = Collections.unmodifiableMap(kept);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean isSet(String name) {
    return values.containsKey(name);
  }

  /** The same search with one value changed; any change but a page change starts at page 1. */
  public SearchFilters with(String name, String value) {
    Map<String, String> changed = new LinkedHashMap<>(values);
    changed.put(name, value);
    if (!PAGE.equals(name)) {
      changed.remove(PAGE);
    }
    return new SearchFilters(changed);
  }

  public SearchFilters without(String name) {
    return with(name, null);
  }

  /** The URL query string, without the leading {@code ?}. */
  public String toQuery() {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** The page asked for, from 1; anything unreadable is page 1. */
  public int pageNumber() {
    return get(PAGE)
        .filter(WHOLE_NUMBER.asMatchPredicate())
        .map(Integer::valueOf)
        .filter(page -> page >= 1)
        .orElse(1);
  }

  /** The distance asked for in miles, or the directory's default when none (or no number) is. */
  public int radius() {
    return get(RADIUS)
        .filter(WHOLE_NUMBER.asMatchPredicate())
        .map(Integer::valueOf)
        .orElse(SearchCriteria.DEFAULT_RADIUS);
  }

  /** Values that are not even of the right kind, which the directory could not be asked about. */
  public List<FieldError> malformed() {
    List<FieldError> errors = new ArrayList<>();
    if (get(RADIUS).filter(WHOLE_NUMBER.asMatchPredicate().negate()).isPresent()) {
      errors.add(new FieldError(RADIUS, "Choose a distance from the list."));
    }
    return errors;
  }

  /** The search as the directory takes it, {@code size} providers a page. */
  public SearchCriteria.Input toInput(int size) {
    return new SearchCriteria.Input(
        get(ZIP).orElse(null),
        get(RADIUS).filter(WHOLE_NUMBER.asMatchPredicate()).map(Integer::valueOf).orElse(null),
        get(TREATMENT).orElse(null),
        get(PAYER).orElse(null),
        isChecked(TELEHEALTH),
        get(LANGUAGE).orElse(null),
        isChecked(ACCEPTING),
        get(SORT).orElse(null),
        pageNumber() - 1,
        size);
  }

  /** Whether a checkbox filter is ticked. */
  public boolean isChecked(String name) {
    return isSet(name);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
