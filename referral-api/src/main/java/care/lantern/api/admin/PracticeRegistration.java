package care.lantern.api.admin;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A practice to register. */
@Schema(name = "PracticeRegistration")
public record PracticeRegistration(
    @Schema(required = true, example = "Elm Street Family Medicine") String name) {}
