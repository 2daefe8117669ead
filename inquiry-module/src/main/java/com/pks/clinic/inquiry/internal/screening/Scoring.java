package com.pks.clinic.inquiry.internal.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.pks.clinic.inquiry.api.IncompleteScreeningException;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningBand;
import com.pks.clinic.inquiry.api.ScreeningResult;

/**
 * Totals and bands as the instruments define them. PHQ-9: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19
 * moderately severe, 20–27 severe, and any answer above 0 on item 9 puts the crisis resources first. GAD-7: 0–4
 * minimal, 5–9 mild, 10–14 moderate, 15–21 severe. PCL-5: 31 or more (the lower end of the 31–33 cut-off range)
 * suggests probable PTSD worth a professional assessment.
 */
public final class Scoring {

    static final int PHQ9_SELF_HARM_ITEM = 9;
    static final int PCL5_PROBABLE_PTSD = 31;

    private Scoring() {
    }

    public static ScreeningResult score(Screener screener, List<Integer> answers) {
        List<Integer> unanswered = new ArrayList<>();
        for (int item = 1; item <= screener.items().size(); item++) {
            Integer answer = answers == null || answers.size() < item ? null : answers.get(item - 1);
            if (answer == null || answer < 0 || answer > screener.highestAnswer()) {
                unanswered.add(item);
            }
        }
        if (!unanswered.isEmpty()) {
            throw new IncompleteScreeningException(unanswered);
        }
        int total = IntStream.range(0, screener.items().size()).map(i -> answers.get(i)).sum();
        int maximum = screener.items().size() * screener.highestAnswer();
        boolean crisisFirst = screener == Screener.PHQ_9
                && Objects.requireNonNull(answers.get(PHQ9_SELF_HARM_ITEM - 1)) > 0;
        return new ScreeningResult(screener, total, maximum, band(screener, total), crisisFirst);
    }

    private static ScreeningBand band(Screener screener, int total) {
        return switch (screener) {
            case PHQ_9 -> total <= 4 ? ScreeningBand.MINIMAL : total <= 9 ? ScreeningBand.MILD
                    : total <= 14 ? ScreeningBand.MODERATE : total <= 19 ? ScreeningBand.MODERATELY_SEVERE
                    : ScreeningBand.SEVERE;
            case GAD_7 -> total <= 4 ? ScreeningBand.MINIMAL : total <= 9 ? ScreeningBand.MILD
                    : total <= 14 ? ScreeningBand.MODERATE : ScreeningBand.SEVERE;
            case PCL_5 -> total >= PCL5_PROBABLE_PTSD ? ScreeningBand.PROBABLE_PTSD : ScreeningBand.BELOW_PTSD_RANGE;
        };
    }
}
