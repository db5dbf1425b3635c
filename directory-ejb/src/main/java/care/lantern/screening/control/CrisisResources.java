package care.lantern.screening.control;

import care.lantern.screening.entity.CrisisResource;
import java.util.List;
import java.util.Optional;

/**
 * The crisis lines shown with a screening result, US-wide and free: the 988 Suicide &amp; Crisis
 * Lifeline first (the contract requires it first on urgent results), then 911 for an immediate
 * danger, then Crisis Text Line for people who would rather text.
 */
public class CrisisResources {

  /**
   * The crisis lines in one sentence, for whatever has room for no more (emails, calendar files,
   * notes on a result): the one wording of the 988 message outside the page template.
   */
  public static final String IN_ONE_SENTENCE =
      "If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), any time."
          + " In an emergency, call 911.";

  private static final List<CrisisResource> ALL =
      List.of(
          new CrisisResource(
              "988 Suicide & Crisis Lifeline",
              "Call or text 988, or chat online, any time, day or night",
              "988",
              Optional.of("https://988lifeline.org"),
              true,
              true),
          new CrisisResource(
              "Emergency services",
              "Call 911 if you or someone else is in immediate danger",
              "911",
              Optional.empty(),
              true,
              false),
          new CrisisResource(
              "Crisis Text Line",
              "Text HOME to 741741",
              "741741",
              Optional.of("https://www.crisistextline.org"),
              false,
              true));

  /** All resources in the order they are shown. */
  public List<CrisisResource> all() {
    return ALL;
  }
}
