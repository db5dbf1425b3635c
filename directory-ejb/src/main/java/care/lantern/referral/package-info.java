/**
 * Referrals and routing: turning what is known about a person (a screening outcome, a PHQ-9 score
 * sent by a referring physician, how many antidepressants they have tried, their preferences and
 * urgency) into an ordered list of treatments to be evaluated for, each with a reason a patient can
 * read.
 *
 * <p>{@link care.lantern.referral.control.RoutingRules} holds the rules as one small table. The
 * rules suggest which kind of visit to book; they never diagnose and never decide a treatment,
 * which remains the clinician's call at the consultation.
 *
 * <p>Routing ends in scheduled consultations: {@link
 * care.lantern.referral.boundary.ScreeningFollowUp} turns a scored screening into suggested visits
 * with nearby providers, {@link care.lantern.referral.boundary.ReferralDesk} takes physicians'
 * referrals and books them, {@link care.lantern.referral.boundary.ReferralInbox} lets clinic staff
 * accept and schedule or decline the referrals routed to them.
 *
 * <p>May call: platform, directory, staff, screening, scheduling, search.
 */
package care.lantern.referral;
