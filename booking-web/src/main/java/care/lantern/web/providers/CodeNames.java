package care.lantern.web.providers;

import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Treatment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The names people read for the codes the directory answers with. */
public record CodeNames(Map<String, String> treatments, Map<String, String> payers) {

  public static CodeNames of(List<Treatment> treatments, List<Payer> payers) {
    return new CodeNames(
        treatments.stream().collect(Collectors.toMap(Treatment::getCode, Treatment::getName)),
        payers.stream().collect(Collectors.toMap(Payer::getCode, Payer::getName)));
  }

  public List<String> treatments(List<String> codes) {
    return codes.stream().map(code -> treatments.getOrDefault(code, code)).toList();
  }

  public List<String> payers(List<String> codes) {
    return codes.stream().map(code -> payers.getOrDefault(code, code)).toList();
  }

  /** ISO 639-1 codes as English language names: {@code es} is "Spanish". */
  public static List<String> languages(List<String> codes) {
    return codes.stream().map(CodeNames::language).toList();
  }

  public static String language(String code) {
    return Locale.forLanguageTag(code).getDisplayLanguage(Locale.US);
  }
}
