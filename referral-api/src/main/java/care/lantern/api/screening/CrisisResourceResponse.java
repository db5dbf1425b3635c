package care.lantern.api.screening;

import care.lantern.screening.entity.CrisisResource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** Where to get help right now: {@code contact} is the number to call or text. */
@JsonbPropertyOrder({"name", "action", "contact", "url"})
public record CrisisResourceResponse(String name, String action, String contact, String url) {

  static CrisisResourceResponse from(CrisisResource resource) {
    return new CrisisResourceResponse(
        resource.name(), resource.action(), resource.contact(), resource.url().orElse(null));
  }
}
