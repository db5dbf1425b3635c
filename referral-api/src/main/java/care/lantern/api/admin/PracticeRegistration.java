package care.lantern.api.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice to register, optionally with the URL its referrals' status changes go to. */
@Schema(name = "PracticeRegistration")
public record PracticeRegistration(
    @Schema(required = true, example = "Elm Street Family Medicine") String name,
    @Schema(
            description =
                "Receives every status change of the practice's referrals as a signed POST",
            example = "https://ehr.elmstreet.example/lantern/webhook")
        String webhookUrl) {}
