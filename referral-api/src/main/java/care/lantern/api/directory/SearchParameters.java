package care.lantern.api.directory;

import care.lantern.api.problem.MalformedParameterException;
import care.lantern.platform.entity.FieldError;
import care.lantern.search.entity.SearchCriteria;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query string of a provider search exactly as the client sent it. Numbers and flags arrive as
 * text and are read here, in one place: a malformed one ({@code radiusMiles=abc}) becomes a 400
 * naming the parameter. What the values mean (ranges, known ZIPs, codes) the directory checks.
 */
record SearchParameters(
    String zip,
    String radiusMiles,
    String treatment,
    String payer,
    String telehealth,
    String language,
    String acceptingNewPatients,
    String sort,
    String page,
    String size) {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

  /** The search as the directory takes it; throws when a number or flag cannot be read. */
  SearchCriteria.Input toInput() {
    List<FieldError> errors = new ArrayList<>();
    var input =
        new SearchCriteria.Input(
            zip,
            wholeNumber("radiusMiles", radiusMiles, errors),
            treatment,
            payer,
            flag("telehealth", telehealth, errors),
            language,
            flag("acceptingNewPatients", acceptingNewPatients, errors),
            sort,
            wholeNumber("page", page, errors),
            wholeNumber("size", size, errors));
    if (!errors.isEmpty()) {
      throw new MalformedParameterException(errors);
    }
    return input;
  }

  private static Integer wholeNumber(String name, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!WHOLE_NUMBER.matcher(text.trim()).matches()) {
      errors.add(new FieldError(name, "Use a whole number, like 25."));
      return null;
    }
    return Integer.valueOf(text.trim());
  }

  private static Boolean flag(String name, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        errors.add(new FieldError(name, "Use true or false."));
        yield null;
      }
    };
  }
}
