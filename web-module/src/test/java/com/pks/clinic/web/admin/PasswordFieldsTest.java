package com.pks.clinic.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import com.pks.clinic.web.platform.faces.FieldErrors;

class PasswordFieldsTest {

    private static PasswordFields typed(String password, String again) {
        PasswordFields fields = new PasswordFields();
        fields.setPassword(password);
        fields.setPasswordAgain(again);
        return fields;
    }

    @Test
    void twoDifferentPasswordsAreAProblemUnderTheSecondField() {
        assertTrue(typed("amber meadow violin", "amber meadow violln").mismatch().invalid("passwordAgain"));
        assertTrue(typed("amber meadow violin", "").mismatch().invalid("passwordAgain"));
        assertTrue(typed(null, "amber meadow violin").mismatch().invalid("passwordAgain"));
    }

    @Test
    void theSamePasswordTwiceIsPassedOn() {
        PasswordFields same = typed("amber meadow violin", "amber meadow violin");
        assertTrue(same.mismatch().isEmpty());
        assertEquals("amber meadow violin", same.typed());
    }

    @Test
    void twoDifferentPasswordsAreNamedWithWhatTheRulesFindInTheFirstInTheFormsOrder() {
        FieldErrors errors = typed("short", "shorter").mismatch(typed -> Optional.of("Too short: " + typed));
        assertEquals(List.of("password", "passwordAgain"), List.copyOf(errors.getByField().keySet()));
        assertEquals("Too short: short", errors.error("password"));
        assertEquals(Map.of("passwordAgain", typed("amber meadow violin", "amber").mismatch().error("passwordAgain")),
                typed("amber meadow violin", "amber").mismatch(typed -> Optional.empty()).getByField());
    }

    @Test
    void theRulesAreNotAskedWhenTheTwoAreAlike() {
        assertTrue(typed("short", "short").mismatch(typed -> {
            throw new AssertionError("asked");
        }).isEmpty());
    }

    /** So that the service's "Please choose a password" shows with every other problem of the form. */
    @Test
    void twoEmptyFieldsAreNoMismatchAndNoPassword() {
        for (PasswordFields empty : new PasswordFields[] {typed("", ""), typed(null, ""), typed(null, null)}) {
            assertTrue(empty.mismatch().isEmpty());
            assertNull(empty.typed());
        }
    }
}
