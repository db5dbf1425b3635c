package care.lantern.web.book;

import care.lantern.platform.entity.FieldError;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The boundary's field errors ({@code patient.email}, {@code payer}…) sorted to the form inputs
 * they are about: the first message per input, shown next to it, and the summary at the top in the
 * boundary's order. Errors about no input of the form point at {@code fallback}. The one way the
 * site places a business component's field errors: a form's inputs have the ids of the fields they
 * edit, and the page asks {@link #errorFor} and {@link #hasError} for the message and its ARIA.
 */
public final class FormErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String prefix;
  private final Set<String> inputs;
  private final String fallback;
  private final Map<String, String> byInput = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  /** One line of the error summary: the id of the element it links to, and the message. */
  public record Problem(String anchor, String message) implements Serializable {}

  /**
   * @param prefix what the boundary puts before the names of nested fields ({@code patient.})
   * @param inputs the ids of the form's inputs, named like the fields without the prefix
   * @param fallback the id of the element problems without an input point at
   */
  public FormErrors(String prefix, Set<String> inputs, String fallback) {
    this.prefix = prefix;
    this.inputs = Set.copyOf(inputs);
    this.fallback = fallback;
  }

  public void clear() {
    byInput.clear();
    problems.clear();
  }

  public void addAll(List<FieldError> errors) {
    errors.forEach(this::add);
  }

  private void add(FieldError error) {
    String field =
        error.field().startsWith(prefix) ? error.field().substring(prefix.length()) : error.field();
    String anchor = inputs.contains(field) ? field : fallback;
    if (byInput.putIfAbsent(anchor, error.message()) == null || anchor.equals(fallback)) {
      problems.add(new Problem(anchor, error.message()));
    }
  }

  /** The message next to {@code input}, or null when it has none. */
  public String errorFor(String input) {
    return byInput.get(input);
  }

  public boolean hasError(String input) {
    return byInput.containsKey(input);
  }

  /** The message for each input id that has one. */
  public Map<String, String> getByInput() {
    return Collections.unmodifiableMap(byInput);
  }

  public List<Problem> getProblems() {
    return Collections.unmodifiableList(problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }
}
