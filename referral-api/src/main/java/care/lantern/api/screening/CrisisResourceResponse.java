package care.lantern.api.screening;

import care.lantern.screening.entity.CrisisResource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Where to get help right now: {@code contact} is the number to call (when {@code call}) or text
 * (when {@code text}); {@code url} is left out when there is no website.
 */
@JsonbPropertyOrder({"name", "action", "contact", "call", "text", "url"})
public record CrisisResourceResponse(
    String name, String action, String contact, boolean call, boolean text, String url) {

  static CrisisResourceResponse from(CrisisResource resource) {
    return new CrisisResourceResponse(
        resource.name(),
        resource.action(),
        resource.contact(),
        resource.call(),
        resource.text(),
        resource.url().orElse(null));
  }
}
