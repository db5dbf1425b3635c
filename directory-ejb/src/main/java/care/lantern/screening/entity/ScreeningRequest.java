package care.lantern.screening.entity;

import java.util.List;

/**
 * A screening as a person or an API client sends it, unchecked: nulls mean "not given".
 *
 * @param instrument the instrument's code, {@code PHQ9}, {@code GAD7} or {@code PCPTSD5}
 * @param answers one answer per item in printed order
 * @param zip where to look for providers; none are looked up without it
 * @param payer the payer code of the person's insurance, e.g. {@code AETNA}, to filter providers
 * @param priorAntidepressantTrials how many antidepressants were tried without enough benefit
 * @param prefersNonMedication the person would rather be treated without medicines
 * @param traumaExposure PC-PTSD-5 only: the answer to the entry question; after a "no" the items
 *     are not asked and {@code answers} stays empty. Not given counts as "yes", as API clients send
 *     the items only after a "yes".
 */
public record ScreeningRequest(
    String instrument,
    List<Integer> answers,
    String zip,
    String payer,
    Integer priorAntidepressantTrials,
    Boolean prefersNonMedication,
    Boolean traumaExposure) {}
