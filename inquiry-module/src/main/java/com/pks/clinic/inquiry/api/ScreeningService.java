package com.pks.clinic.inquiry.api;

import java.util.List;

/** Scores an anonymous self-check; nothing is stored. */
public interface ScreeningService {

    /**
     * The total, its band and whether the crisis resources must come first.
     *
     * @param answers one entry per item, in order: the chosen answer (0 = the first choice), or {@code null}
     * @throws IncompleteScreeningException when an item is unanswered or out of range: it is asked for, never
     *                                      scored as 0
     */
    ScreeningResult score(Screener screener, List<Integer> answers);
}
