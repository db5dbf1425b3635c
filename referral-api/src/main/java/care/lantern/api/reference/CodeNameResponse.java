package care.lantern.api.reference;

import care.lantern.directory.entity.Payer;
import care.lantern.directory.entity.Treatment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a reference list: a stable code and the name a person reads. */
@Schema(name = "CodeName")
public record CodeNameResponse(String code, String name) {

  static CodeNameResponse from(Treatment treatment) {
    return new CodeNameResponse(treatment.getCode(), treatment.getName());
  }

  static CodeNameResponse from(Payer payer) {
    return new CodeNameResponse(payer.getCode(), payer.getName());
  }
}
