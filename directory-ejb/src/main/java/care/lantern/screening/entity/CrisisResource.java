package care.lantern.screening.entity;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a person can get help right now, shown with every urgent screening result.
 *
 * @param name who answers, e.g. "988 Suicide &amp; Crisis Lifeline"
 * @param action what to do, in plain words, e.g. "Call or text 988"
 * @param contact the number to call or text, e.g. "988"
 * @param url a website with more help or an online chat; empty when there is none (911)
 * @param call {@code contact} answers phone calls
 * @param text {@code contact} answers text messages
 */
public record CrisisResource(
    String name, String action, String contact, Optional<String> url, boolean call, boolean text) {

  public CrisisResource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(url, "url");
  }
}
