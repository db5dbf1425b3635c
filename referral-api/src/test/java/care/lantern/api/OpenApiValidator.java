package care.lantern.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an OpenAPI 3.0 document as a client generator would: against the official OpenAPI 3.0 JSON
 * Schema (src/test/resources/openapi/schema-3.0.json), then the rules that schema cannot express:
 * every reference resolves, the parameters of an operation match its path template, and every
 * example matches the schema it sits under. Each method answers the problems it finds, one readable
 * line each, so that a failing test names them all.
 */
final class OpenApiValidator {

  private static final String SPECIFICATION_SCHEMA = "classpath:openapi/schema-3.0.json";

  /** Where the document under test is found by the schemas built from its parts. */
  private static final String DOCUMENT_IRI = "https://lantern.test/openapi";

  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final JsonNode document;
  private final String text;

  OpenApiValidator(String json) {
    try {
      this.document = new ObjectMapper().readTree(json);
    } catch (IOException notJson) {
      throw new IllegalArgumentException("The OpenAPI document is not JSON", notJson);
    }
    this.text = json;
  }

  /** What the official OpenAPI 3.0 schema rejects. */
  List<String> specificationErrors() {
    JsonSchema specification =
        JsonSchemaFactory.getInstance(VersionFlag.V4)
            .getSchema(SchemaLocation.of(SPECIFICATION_SCHEMA));
    return messages(specification.validate(document));
  }

  /** Each {@code $ref} that points at nothing in the document. */
  List<String> unresolvedReferences() {
    List<String> unresolved = new ArrayList<>();
    collectReferences(document, "", unresolved);
    return unresolved;
  }

  /**
   * Path parameters that are not in the path template, and template variables no path parameter
   * declares (OpenAPI 3.0, Parameter Object: both must match, and a path parameter is required).
   */
  List<String> pathParameterErrors() {
    List<String> errors = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path -> {
              Set<String> variables = new HashSet<>();
              Matcher matcher = TEMPLATE_VARIABLE.matcher(path.getKey());
              while (matcher.find()) {
                variables.add(matcher.group(1));
              }
              operations(path.getValue())
                  .forEach(
                      (method, operation) -> {
                        String name = method.toUpperCase() + " " + path.getKey();
                        Set<String> declared = new HashSet<>();
                        for (JsonNode parameter : operation.path("parameters")) {
                          JsonNode resolved = resolve(parameter);
                          if ("path".equals(resolved.path("in").asText())) {
                            declared.add(resolved.path("name").asText());
                            if (!variables.contains(resolved.path("name").asText())) {
                              errors.add(
                                  name
                                      + ": path parameter "
                                      + resolved.path("name")
                                      + " not in path");
                            }
                          }
                        }
                        variables.stream()
                            .filter(variable -> !declared.contains(variable))
                            .forEach(
                                variable ->
                                    errors.add(name + ": {" + variable + "} is not a parameter"));
                      });
            });
    return errors;
  }

  /** Examples of request and response bodies that do not match the schema they sit under. */
  List<String> exampleErrors() {
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            VersionFlag.V4,
            builder ->
                builder
                    .metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, text))));
    List<String> errors = new ArrayList<>();
    for (MediaTypeAt media : bodies()) {
      JsonNode schema = media.node().path("schema");
      if (schema.isMissingNode()) {
        continue;
      }
      JsonSchema validator =
          factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + media.pointer() + "/schema"));
      examples(media.node())
          .forEach(
              (name, value) ->
                  messages(validator.validate(value))
                      .forEach(
                          message ->
                              errors.add(media.pointer() + " example '" + name + "': " + message)));
    }
    return errors;
  }

  /** Each example of a media type by name ("example" for the single one), references followed. */
  private Map<String, JsonNode> examples(JsonNode media) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (media.has("example")) {
      examples.put("example", media.get("example"));
    }
    media
        .path("examples")
        .fields()
        .forEachRemaining(
            example -> examples.put(example.getKey(), resolve(example.getValue()).path("value")));
    return examples;
  }

  /** A media type object and its JSON pointer in the document. */
  private record MediaTypeAt(String pointer, JsonNode node) {}

  /**
   * The media types of every request body and response, in operations and in the shared components,
   * each at its own pointer so that references in its schema resolve in the document.
   */
  private List<MediaTypeAt> bodies() {
    List<MediaTypeAt> bodies = new ArrayList<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                operations(path.getValue())
                    .forEach(
                        (method, operation) -> {
                          String at = "/paths/" + escape(path.getKey()) + "/" + method;
                          content(at + "/requestBody", operation.path("requestBody"), bodies);
                          operation
                              .path("responses")
                              .fields()
                              .forEachRemaining(
                                  response ->
                                      content(
                                          at + "/responses/" + escape(response.getKey()),
                                          response.getValue(),
                                          bodies));
                        }));
    for (String shared : List.of("requestBodies", "responses")) {
      document
          .path("components")
          .path(shared)
          .fields()
          .forEachRemaining(
              body ->
                  content(
                      "/components/" + shared + "/" + escape(body.getKey()),
                      body.getValue(),
                      bodies));
    }
    return bodies;
  }

  private static void content(String at, JsonNode body, List<MediaTypeAt> bodies) {
    body.path("content")
        .fields()
        .forEachRemaining(
            media ->
                bodies.add(
                    new MediaTypeAt(at + "/content/" + escape(media.getKey()), media.getValue())));
  }

  private static Map<String, JsonNode> operations(JsonNode pathItem) {
    Map<String, JsonNode> operations = new TreeMap<>();
    pathItem
        .fields()
        .forEachRemaining(
            entry -> {
              if (METHODS.contains(entry.getKey())) {
                operations.put(entry.getKey(), entry.getValue());
              }
            });
    return operations;
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? document.at(node.get("$ref").asText().substring(1)) : node;
  }

  private void collectReferences(JsonNode node, String at, List<String> unresolved) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                String here = at + "/" + escape(field.getKey());
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
                  String reference = field.getValue().asText();
                  if (!reference.startsWith("#/")
                      || document.at(reference.substring(1)).isMissingNode()) {
                    unresolved.add(here + ": " + reference);
                  }
                } else {
                  collectReferences(field.getValue(), here, unresolved);
                }
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectReferences(node.get(i), at + "/" + i, unresolved);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static List<String> messages(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
