package care.lantern.api.referral;

import care.lantern.directory.entity.ResultPage;
import care.lantern.referral.entity.ReferralView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the caller's referrals, newest first. */
@Schema(name = "ReferralPage")
@JsonbPropertyOrder({"items", "total", "page", "size"})
public record ReferralPageResponse(List<ReferralResponse> items, long total, int page, int size) {

  static ReferralPageResponse from(ResultPage<ReferralView> page) {
    return new ReferralPageResponse(
        page.items().stream().map(ReferralResponse::from).toList(),
        page.total(),
        page.page(),
        page.size());
  }
}
