package care.lantern.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request become one 400 problem naming every invalid field. */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.invalid("Some fields are missing or invalid.", errors).toResponse().build();
  }

  /**
   * The JSON path of the invalid value, e.g. {@code patient.email} or {@code answers[8]}: the
   * resource method and body parameter are dropped; a constraint on a query or path parameter reads
   * as the parameter's name, which matches its query name.
   */
  static String fieldOf(ConstraintViolation<?> violation) {
    String parameter = "";
    List<String> path = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.isInIterable() && !path.isEmpty()) {
        String container = path.remove(path.size() - 1);
        path.add(
            container + "[" + (node.getIndex() == null ? node.getKey() : node.getIndex()) + "]");
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        path.add(node.getName());
      }
    }
    return path.isEmpty() ? parameter : String.join(".", path);
  }
}
