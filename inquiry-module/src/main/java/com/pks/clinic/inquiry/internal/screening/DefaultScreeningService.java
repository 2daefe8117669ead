package com.pks.clinic.inquiry.internal.screening;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;

import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningResult;
import com.pks.clinic.inquiry.api.ScreeningService;

/** Scores self-checks; stores and logs nothing of them. */
@Stateless
public class DefaultScreeningService implements ScreeningService {

    @Override
    @PermitAll
    public ScreeningResult score(Screener screener, List<Integer> answers) {
        return Scoring.score(screener, answers);
    }
}
