package care.lantern.screening.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstrumentTest {

  private static ResourceBundle texts() {
    return ResourceBundle.getBundle(Instrument.BUNDLE, Locale.ENGLISH);
  }

  @ParameterizedTest
  @CsvSource({"PHQ9, 9, 3, 27", "GAD7, 7, 3, 21", "PCPTSD5, 5, 1, 5"})
  void hasThePublishedItemCountAnswerRangeAndMaximum(
      Instrument instrument, int items, int maxAnswer, int maxScore) {
    assertThat(instrument.itemCount()).isEqualTo(items);
    assertThat(instrument.minAnswer()).isZero();
    assertThat(instrument.maxAnswer()).isEqualTo(maxAnswer);
    assertThat(instrument.maxScore()).isEqualTo(maxScore);
  }

  @ParameterizedTest
  @CsvSource({
    "PHQ9, PHQ-9 (Kroenke 2001)",
    "GAD7, GAD-7 (Spitzer 2006)",
    "PCPTSD5, PC-PTSD-5 (Prins 2016)"
  })
  void namesThePublicationItsScoringFollows(Instrument instrument, String version) {
    assertThat(instrument.version()).isEqualTo(version);
  }

  @Test
  void carriesLoincPanelCodesForPhq9AndGad7Only() {
    assertThat(Instrument.PHQ9.loinc()).contains("44249-1");
    assertThat(Instrument.GAD7.loinc()).contains("69737-5");
    assertThat(Instrument.PCPTSD5.loinc()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Instrument.class)
  void bundleHoldsNonBlankWordingForEveryKeyTheInstrumentExposes(Instrument instrument) {
    ResourceBundle texts = texts();
    List<String> keys = new ArrayList<>();
    keys.add(instrument.titleKey());
    keys.add(instrument.sourceKey());
    keys.add(instrument.stemKey());
    keys.addAll(instrument.itemKeys());
    keys.addAll(instrument.optionKeys());
    instrument.exposureKey().ifPresent(keys::add);
    instrument.exposureIntroKey().ifPresent(keys::add);
    keys.addAll(instrument.exposureExampleKeys());

    assertThat(keys).allSatisfy(key -> assertThat(texts.getString(key)).isNotBlank());
  }

  @Test
  void keysFollowTheInstrumentElementNumberPattern() {
    assertThat(Instrument.PHQ9.stemKey()).isEqualTo("PHQ9.stem");
    assertThat(Instrument.PHQ9.itemKey(9)).isEqualTo("PHQ9.item.9");
    assertThat(Instrument.GAD7.optionKey(3)).isEqualTo("GAD7.option.3");
    assertThat(Instrument.PCPTSD5.exposureKey()).contains("PCPTSD5.exposure");
  }

  @Test
  void phq9UsesThePublishedStemOptionsAndSelfHarmItem() {
    ResourceBundle texts = texts();

    assertThat(texts.getString(Instrument.PHQ9.stemKey()))
        .isEqualTo(
            "Over the last 2 weeks, how often have you been bothered by any of the following"
                + " problems?");
    assertThat(Instrument.PHQ9.optionKeys())
        .extracting(texts::getString)
        .containsExactly(
            "Not at all", "Several days", "More than half the days", "Nearly every day");
    assertThat(texts.getString(Instrument.PHQ9.itemKey(9)))
        .isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
  }

  @Test
  void gad7UsesThePublishedFirstAndLastItems() {
    ResourceBundle texts = texts();

    assertThat(texts.getString(Instrument.GAD7.itemKey(1)))
        .isEqualTo("Feeling nervous, anxious, or on edge");
    assertThat(texts.getString(Instrument.GAD7.itemKey(7)))
        .isEqualTo("Feeling afraid as if something awful might happen");
  }

  @Test
  void pcPtsd5AsksAboutTraumaExposureBeforeItsYesNoItems() {
    ResourceBundle texts = texts();

    assertThat(texts.getString(Instrument.PCPTSD5.exposureKey().orElseThrow()))
        .isEqualTo("Have you ever experienced this kind of event?");
    assertThat(Instrument.PCPTSD5.exposureExampleKeys()).hasSize(6);
    assertThat(texts.getString(Instrument.PCPTSD5.stemKey()))
        .isEqualTo("In the past month, have you\u2026");
    assertThat(Instrument.PCPTSD5.optionKeys())
        .extracting(texts::getString)
        .containsExactly("No", "Yes");
  }

  @ParameterizedTest
  @EnumSource(
      value = Instrument.class,
      names = {"PHQ9", "GAD7"})
  void onlyPcPtsd5HasAnExposureQuestion(Instrument instrument) {
    assertThat(instrument.exposureKey()).isEmpty();
    assertThat(instrument.exposureIntroKey()).isEmpty();
    assertThat(instrument.exposureExampleKeys()).isEmpty();
  }

  @Test
  void rejectsItemNumbersOutsideTheForm() {
    assertThatThrownBy(() -> Instrument.PHQ9.itemKey(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PHQ-9 has no item 10");
    assertThatThrownBy(() -> Instrument.GAD7.itemKey(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsOptionValuesOutsideTheAnswerRange() {
    assertThatThrownBy(() -> Instrument.PCPTSD5.optionKey(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PC-PTSD-5 has no answer option 2");
  }

  @Test
  void findsAnInstrumentByItsContractCode() {
    assertThat(Instrument.find("PCPTSD5")).contains(Instrument.PCPTSD5);
  }

  @Test
  void findsNothingForAnUnknownOrMissingCode() {
    assertThat(Instrument.find("phq-9")).isEmpty();
    assertThat(Instrument.find(null)).isEmpty();
  }
}
