package care.lantern.search.entity;

import care.lantern.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a patient (or a referral) searches for. Built through {@link #validated}, which checks every
 * field at once so a form or an API caller learns all its mistakes in one answer.
 */
public record SearchCriteria(
    String zip,
    int radiusMiles,
    Optional<String> treatment,
    Optional<String> payer,
    boolean telehealthOnly,
    Optional<String> language,
    boolean acceptingNewPatientsOnly,
    SearchSort sort,
    int page,
    int size) {

  public static final int DEFAULT_RADIUS = 25;
  public static final int MAX_RADIUS = 250;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  private static final Pattern ZIP = Pattern.compile("\\d{5}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** Raw values as a form or query string gives them; nulls take the defaults. */
  public record Input(
      String zip,
      Integer radiusMiles,
      String treatment,
      String payer,
      Boolean telehealth,
      String language,
      Boolean acceptingNewPatients,
      String sort,
      Integer page,
      Integer size) {}

  public static SearchCriteria validated(Input in) {
    List<FieldError> errors = new ArrayList<>();
    String zip = in.zip() == null ? "" : in.zip().trim();
    if (!ZIP.matcher(zip).matches()) {
      errors.add(new FieldError("zip", "Enter a 5-digit US ZIP code, for example 10001."));
    }
    int radius = in.radiusMiles() == null ? DEFAULT_RADIUS : in.radiusMiles();
    if (radius < 1 || radius > MAX_RADIUS) {
      errors.add(
          new FieldError("radiusMiles", "Choose a distance from 1 to " + MAX_RADIUS + " miles."));
    }
    String language = blankToNull(in.language());
    if (language != null && !LANGUAGE.matcher(language).matches()) {
      errors.add(new FieldError("language", "Use a two-letter ISO 639-1 language code, like es."));
    }
    SearchSort sort = SearchSort.DISTANCE;
    if (blankToNull(in.sort()) != null) {
      try {
        sort = SearchSort.valueOf(in.sort().trim().toUpperCase());
      } catch (IllegalArgumentException unknown) {
        errors.add(new FieldError("sort", "Sort by distance or soonest."));
      }
    }
    int page = in.page() == null ? 0 : in.page();
    if (page < 0) {
      errors.add(new FieldError("page", "Pages count from 0."));
    }
    int size = in.size() == null ? DEFAULT_SIZE : in.size();
    if (size < 1 || size > MAX_SIZE) {
      errors.add(new FieldError("size", "Ask for 1 to " + MAX_SIZE + " results a page."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidSearchException(errors);
    }
    return new SearchCriteria(
        zip,
        radius,
        Optional.ofNullable(blankToNull(in.treatment())).map(String::toUpperCase),
        Optional.ofNullable(blankToNull(in.payer())).map(String::toUpperCase),
        Boolean.TRUE.equals(in.telehealth()),
        Optional.ofNullable(language),
        Boolean.TRUE.equals(in.acceptingNewPatients()),
        sort,
        page,
        size);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
