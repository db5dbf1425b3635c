package care.lantern.api;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Makes the document Payara generates valid OpenAPI 3.0, so that client generators accept it
 * (registered as {@code mp.openapi.filter}; ApiDocumentationIT validates the result). Payara
 * (6.2025) writes three things the specification forbids:
 *
 * <ul>
 *   <li>a top-level {@code endpoints} map of its deployed paths. Payara sets it after reading the
 *       annotations and writes it unless empty; no setting turns it off, and it is not part of the
 *       MicroProfile model, so it is emptied here through Payara's own accessor;
 *   <li>{@code required: false} on a path parameter that carries a {@code @Parameter} annotation (a
 *       path parameter is always required);
 *   <li>{@code maxProperties: 0} on every schema built from a {@code @Schema} annotation (the
 *       annotation's default), which would let no example or response object have any property.
 * </ul>
 */
public class OpenApiDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI document) {
    try {
      Object endpoints = document.getClass().getMethod("getEndpoints").invoke(document);
      if (endpoints instanceof Map<?, ?> map) {
        map.clear();
      }
    } catch (NoSuchMethodException otherImplementation) {
      // Another MicroProfile OpenAPI implementation: it keeps no such map.
    } catch (IllegalAccessException | InvocationTargetException unreadable) {
      throw new IllegalStateException("Cannot empty Payara's endpoints map", unreadable);
    }
  }

  @Override
  public Parameter filterParameter(Parameter parameter) {
    if (parameter.getIn() == Parameter.In.PATH) {
      parameter.setRequired(true);
    }
    return parameter;
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getMaxProperties() != null && schema.getMaxProperties() == 0) {
      schema.setMaxProperties(null);
    }
    return schema;
  }
}
