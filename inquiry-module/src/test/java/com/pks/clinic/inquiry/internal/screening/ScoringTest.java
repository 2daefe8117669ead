package com.pks.clinic.inquiry.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.pks.clinic.inquiry.api.IncompleteScreeningException;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningBand;
import com.pks.clinic.inquiry.api.ScreeningResult;

class ScoringTest {

    @ParameterizedTest(name = "PHQ-9 {0} is {1}")
    @CsvSource({"0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
        "15, moderately severe", "19, moderately severe", "20, severe", "27, severe"})
    void phq9BandEdges(int total, String band) {
        int itemNineIndex = total <= 24 ? 8 : -1; // leave item 9 at 0 whenever the total allows it
        ScreeningResult result = Scoring.score(Screener.PHQ_9, answersTotalling(Screener.PHQ_9, total, itemNineIndex));
        assertEquals(total, result.total());
        assertEquals(27, result.maximum());
        assertEquals(band, result.band().words());
    }

    @ParameterizedTest(name = "GAD-7 {0} is {1}")
    @CsvSource({"0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate", "15, severe",
        "21, severe"})
    void gad7BandEdges(int total, String band) {
        ScreeningResult result = Scoring.score(Screener.GAD_7, answersTotalling(Screener.GAD_7, total, -1));
        assertEquals(total, result.total());
        assertEquals(band, result.band().words());
        assertFalse(result.crisisFirst());
    }

    @ParameterizedTest(name = "PCL-5 {0}: {1}")
    @CsvSource({"0, below the range that suggests PTSD", "30, below the range that suggests PTSD",
        "31, suggests probable PTSD", "33, suggests probable PTSD", "80, suggests probable PTSD"})
    void pcl5Threshold(int total, String band) {
        ScreeningResult result = Scoring.score(Screener.PCL_5, answersTotalling(Screener.PCL_5, total, -1));
        assertEquals(total, result.total());
        assertEquals(80, result.maximum());
        assertEquals(band, result.band().words());
    }

    @Test
    void anyAnswerAboveZeroOnItemNinePutsTheCrisisFirstWhateverTheTotal() {
        List<Integer> lowTotal = new ArrayList<>(Collections.nCopies(9, 0));
        lowTotal.set(8, 1);
        ScreeningResult result = Scoring.score(Screener.PHQ_9, lowTotal);
        assertEquals(1, result.total());
        assertEquals(ScreeningBand.MINIMAL, result.band());
        assertTrue(result.crisisFirst());
        assertTrue(Scoring.score(Screener.PHQ_9, Collections.nCopies(9, 2)).crisisFirst());
        assertFalse(Scoring.score(Screener.PHQ_9, answersTotalling(Screener.PHQ_9, 24, 8)).crisisFirst());
    }

    @Test
    void unansweredItemsAreAskedForNeverScoredAsZero() {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(9, 1));
        answers.set(2, null);
        answers.set(8, null);
        IncompleteScreeningException missing = assertThrows(IncompleteScreeningException.class,
                () -> Scoring.score(Screener.PHQ_9, answers));
        assertEquals(List.of(3, 9), missing.unansweredItems());

        assertEquals(List.of(7), assertThrows(IncompleteScreeningException.class,
                () -> Scoring.score(Screener.GAD_7, Arrays.asList(0, 1, 2, 3, 0, 1))).unansweredItems());
        assertEquals(List.of(1), assertThrows(IncompleteScreeningException.class,
                () -> Scoring.score(Screener.GAD_7, Arrays.asList(4, 1, 2, 3, 0, 1, 0))).unansweredItems(),
                "an answer out of range is not an answer");
    }

    /** Answers adding up to the total, filling items from the first, leaving index {@code zeroIndex} at 0. */
    private static List<Integer> answersTotalling(Screener screener, int total, int zeroIndex) {
        List<Integer> answers = new ArrayList<>(Collections.nCopies(screener.items().size(), 0));
        int left = total;
        for (int i = 0; i < answers.size() && left > 0; i++) {
            if (i == zeroIndex) {
                continue;
            }
            int answer = Math.min(screener.highestAnswer(), left);
            answers.set(i, answer);
            left -= answer;
        }
        if (left > 0) {
            throw new IllegalArgumentException("Total " + total + " needs index " + zeroIndex);
        }
        return answers;
    }
}
