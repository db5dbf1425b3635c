package care.lantern.screening.entity;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A published screening questionnaire Lantern offers. Each has a fixed number of items, each item
 * answered with a whole number in a fixed range; the score is the sum of the answers.
 *
 * <p>The wording a person sees lives in the resource bundle {@link #BUNDLE}, keyed {@code
 * <instrument>.stem}, {@code <instrument>.item.<n>} (n from 1) and {@code <instrument>.option.<v>}
 * (v the answer value), plus {@code <instrument>.title} and {@code <instrument>.source} for the
 * attribution the instruments' authors ask for. PC-PTSD-5 items are only asked after a "yes" to a
 * trauma-exposure question ({@link #exposureKey()}); a "no" there means a score of 0.
 */
public enum Instrument {
  /** Patient Health Questionnaire, depression; item 9 asks about thoughts of death or self-harm. */
  PHQ9("PHQ-9", "PHQ-9 (Kroenke 2001)", 9, 3, "44249-1"),
  /** Generalized Anxiety Disorder scale. */
  GAD7("GAD-7", "GAD-7 (Spitzer 2006)", 7, 3, "69737-5"),
  /** Primary Care PTSD Screen for DSM-5: yes (1) or no (0) answers. */
  PCPTSD5("PC-PTSD-5", "PC-PTSD-5 (Prins 2016)", 5, 1, null);

  /** Base name of the resource bundle with the instruments' wording, e.g. for a JSF var. */
  public static final String BUNDLE = "care.lantern.screening.instruments";

  private static final int MIN_ANSWER = 0;
  private static final int PTSD_EXPOSURE_EXAMPLES = 6;

  private final String label;
  private final String version;
  private final int itemCount;
  private final int maxAnswer;
  private final String loinc;

  Instrument(String label, String version, int itemCount, int maxAnswer, String loinc) {
    this.label = label;
    this.version = version;
    this.itemCount = itemCount;
    this.maxAnswer = maxAnswer;
    this.loinc = loinc;
  }

  /** The instrument named by an API or form code such as {@code "PHQ9"}; empty if none. */
  public static Optional<Instrument> find(String code) {
    for (Instrument instrument : values()) {
      if (instrument.name().equals(code)) {
        return Optional.of(instrument);
      }
    }
    return Optional.empty();
  }

  /** The short name people know it by, e.g. {@code "PHQ-9"}. */
  public String label() {
    return label;
  }

  /** Which published version is scored, stored with every result, e.g. "PHQ-9 (Kroenke 2001)". */
  public String version() {
    return version;
  }

  public int itemCount() {
    return itemCount;
  }

  public int minAnswer() {
    return MIN_ANSWER;
  }

  public int maxAnswer() {
    return maxAnswer;
  }

  public boolean accepts(int answer) {
    return answer >= MIN_ANSWER && answer <= maxAnswer;
  }

  /** The highest possible score: every item answered with {@link #maxAnswer()}. */
  public int maxScore() {
    return itemCount * maxAnswer;
  }

  /** The LOINC code of the instrument's panel, for exchanging results with clinical systems. */
  public Optional<String> loinc() {
    return Optional.ofNullable(loinc);
  }

  public String titleKey() {
    return key("title");
  }

  /** Attribution required or requested by the instrument's authors. */
  public String sourceKey() {
    return key("source");
  }

  /** The question that introduces the items, e.g. "Over the last 2 weeks, …". */
  public String stemKey() {
    return key("stem");
  }

  /**
   * Key of the wording of item {@code number}, counted from 1 as printed on the form.
   *
   * @throws IllegalArgumentException if the instrument has no such item
   */
  public String itemKey(int number) {
    if (number < 1 || number > itemCount) {
      throw new IllegalArgumentException(label + " has no item " + number);
    }
    return key("item." + number);
  }

  public List<String> itemKeys() {
    return IntStream.rangeClosed(1, itemCount).mapToObj(this::itemKey).toList();
  }

  /**
   * Key of the label of answer {@code value}, e.g. "Several days" for 1.
   *
   * @throws IllegalArgumentException if the value is outside the answer range
   */
  public String optionKey(int value) {
    if (!accepts(value)) {
      throw new IllegalArgumentException(label + " has no answer option " + value);
    }
    return key("option." + value);
  }

  /** Option keys in answer-value order, from {@link #minAnswer()} to {@link #maxAnswer()}. */
  public List<String> optionKeys() {
    return IntStream.rangeClosed(MIN_ANSWER, maxAnswer).mapToObj(this::optionKey).toList();
  }

  /**
   * The yes/no question asked before the items ("Have you ever experienced this kind of event?"),
   * answered with the same options; present for PC-PTSD-5 only.
   */
  public Optional<String> exposureKey() {
    return this == PCPTSD5 ? Optional.of(key("exposure")) : Optional.empty();
  }

  /** The sentence that introduces the exposure question, shown before its examples. */
  public Optional<String> exposureIntroKey() {
    return exposureKey().map(exposure -> exposure + ".intro");
  }

  /** The examples of traumatic events listed before the exposure question; empty if none. */
  public List<String> exposureExampleKeys() {
    return exposureKey()
        .map(
            exposure ->
                IntStream.rangeClosed(1, PTSD_EXPOSURE_EXAMPLES)
                    .mapToObj(n -> exposure + ".example." + n)
                    .toList())
        .orElse(List.of());
  }

  private String key(String suffix) {
    return name() + "." + suffix;
  }
}
