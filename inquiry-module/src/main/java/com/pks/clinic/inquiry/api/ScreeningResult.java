package com.pks.clinic.inquiry.api;

import java.io.Serializable;

/**
 * The score of a complete self-check.
 *
 * @param band         the severity band (for PCL-5: whether the total suggests probable PTSD)
 * @param crisisFirst  the answers show thoughts of death or self-harm (PHQ-9 item 9 above 0): the crisis resources
 *                     come before the score
 */
public record ScreeningResult(Screener screener, int total, int maximum, ScreeningBand band, boolean crisisFirst)
        implements Serializable {
}
