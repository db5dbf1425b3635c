package care.lantern.api.admin;

import care.lantern.referral.entity.IssuedKey;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered practice and its new API key, shown this once and never again. */
@Schema(name = "IssuedKey")
@JsonbPropertyOrder({"practiceId", "practiceName", "keyId", "apiKey"})
public record IssuedKeyResponse(
    long practiceId,
    @Schema(example = "Elm Street Family Medicine") String practiceName,
    long keyId,
    @Schema(example = "lk_4k2m9q7x1z_Qm3xT8vLr2Pn6Wc9Yb4Hs7Dk1Fg5Jz0Ae") String apiKey) {

  static IssuedKeyResponse from(IssuedKey issued) {
    return new IssuedKeyResponse(
        issued.practiceId(), issued.practiceName(), issued.keyId(), issued.key());
  }
}
