package care.lantern.api.admin;

import care.lantern.referral.entity.IssuedKey;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered practice and its new API key (and webhook secret), shown this once only. */
@Schema(name = "IssuedKey")
@JsonbPropertyOrder({"practiceId", "practiceName", "keyId", "apiKey", "webhookSecret"})
public record IssuedKeyResponse(
    long practiceId,
    @Schema(example = "Elm Street Family Medicine") String practiceName,
    long keyId,
    @Schema(example = "lk_4k2m9q7x1z_Qm3xT8vLr2Pn6Wc9Yb4Hs7Dk1Fg5Jz0Ae") String apiKey,
    @Schema(
            description =
                "Present when a webhookUrl was given: the HMAC-SHA256 key of Lantern-Signature",
            nullable = true,
            example = "whsec_Vd8kQ2mLx7Rt4Nc1Pz9Hb6Wf3Ys5Ja0G")
        String webhookSecret) {

  static IssuedKeyResponse from(IssuedKey issued) {
    return new IssuedKeyResponse(
        issued.practiceId(),
        issued.practiceName(),
        issued.keyId(),
        issued.key(),
        issued.webhookSecret().orElse(null));
  }
}
