package com.pks.clinic.inquiry.internal.crisis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisLanguageTest {

    private static final CrisisLanguage CRISIS = CrisisLanguage.reviewedPhrases();

    @ParameterizedTest
    @ValueSource(strings = {
        "I want to kill myself",
        "i WANT to KILL MYSELF",
        "Some days I think about killing   myself.",
        "kill-myself",
        "I don't want to live anymore",
        "I dont want to live like this",
        "I don’t want to live",
        "Everyone would be better off without me...",
        "I have been suicidal for years",
        "thinking about SUICIDE",
        "I can't go on",
        "I cannot go on like this!!!",
        "sometimes I want to end it all",
        "I've been hurting myself",
        "self-harm",
        "Self harm again last week",
        "I wish I were dead",
        "There is no reason to live",
        "\tKILL\nMYSELF\t",
        // a family member or a clinician writes about someone else
        "My son says he wants to die and nothing has helped. Can you see him soon?",
        "She has talked about killing herself twice this month.",
        "He told me he wanted to end his life.",
        "My partner doesn't want to live anymore",
        "they think we would be better off without them",
        "Our daughter has been hurting herself again.",
        "He said he might end his own life.",
        "Some days they wish they were dead.",
    })
    void crisisLanguageIsFound(String message) {
        assertTrue(CRISIS.isFoundIn(message), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I would like to learn whether ketamine could help my depression.",
        "My mother has had bipolar depression for years; what does a visit cost?",
        "Please call me after 5 pm. I heard about you from my doctor.",
        "Is the treatment covered by insurance?",
        "I skilled myself in woodworking to cope with stress.",
        "We live in Hamilton and can drive to Missoula.",
        "My pain from CRPS is hard to bear, and nothing has helped so far.",
        "Die Behandlung interessiert mich.",
        "",
    })
    void ordinarySentencesAreNot(String message) {
        assertFalse(CRISIS.isFoundIn(message), message);
    }

    @Test
    void noTextIsNotCrisisLanguage() {
        assertFalse(CRISIS.isFoundIn(null));
    }
}
