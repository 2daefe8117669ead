package com.pks.clinic.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsultationRequestTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë O’Brien-Smith", "José Álvarez", "山田 太郎", "Ngũgĩ wa Thiong'o", "Anne-Marie St. John",
        "Мария Иванова", "محمد"})
    void namesInAnyScriptAreAccepted(String name) {
        assertTrue(problems(request(name, "406-880-7571", null, ContactPreference.PHONE, true)).isEmpty(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "(406) 880-7571", "406.880.7571", "+61 2 9374 4000", "4068807571"})
    void internationalPhoneNumbersAreAccepted(String phone) {
        assertTrue(problems(request("Kay", phone, null, ContactPreference.PHONE, true)).isEmpty(), phone);
    }

    @Test
    void hostileOrMalformedInputIsNamedFieldByField() {
        assertEquals(Set.of("name", "phone", "email"), problems(request("<script>alert(1)</script>", "call me maybe",
                "not-an-email", ContactPreference.EMAIL, true)));
    }

    @Test
    void someWayToReachThePersonAndConsentAreRequired() {
        assertEquals(Set.of("reachable", "consentGiven"),
                problems(request("Kay", " ", null, ContactPreference.PHONE, false)));
    }

    @Test
    void theWayChosenNeedsItsDetail() {
        assertEquals(Set.of("phoneGivenToCall"),
                problems(request("Kay", null, "kay@example.org", ContactPreference.PHONE, true)));
        assertEquals(Set.of("emailGivenToWrite"),
                problems(request("Kay", "406-880-7571", null, ContactPreference.EMAIL, true)));
    }

    @Test
    void oversizedTextIsRefused() {
        ConsultationRequest tooLong = new ConsultationRequest("Kay", "406-880-7571", null, ContactPreference.PHONE,
                null, ForWhom.MYSELF, "x".repeat(1001), null, true, false);
        assertEquals(Set.of("message"), problems(tooLong));
    }

    private static ConsultationRequest request(String name, String phone, String email, ContactPreference preference,
                                               boolean consent) {
        return new ConsultationRequest(name, phone, email, preference, null, ForWhom.MYSELF, null, null, consent,
                false);
    }

    private static Set<String> problems(ConsultationRequest request) {
        return VALIDATOR.validate(request).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
