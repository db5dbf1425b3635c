/**
 * Referrals and routing: turning what is known about a person (a screening outcome, a PHQ-9 score
 * sent by a referring physician, how many antidepressants they have tried, their preferences and
 * urgency) into an ordered list of treatments to be evaluated for, each with a reason a patient can
 * read.
 *
 * <p>{@link care.lantern.referral.control.RoutingRules} holds the rules as one small table. The
 * rules suggest which kind of visit to book; they never diagnose and never decide a treatment,
 * which remains the clinician's call at the consultation.
 */
package care.lantern.referral;
