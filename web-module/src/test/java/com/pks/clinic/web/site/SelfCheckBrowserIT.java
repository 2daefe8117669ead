package com.pks.clinic.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.pks.clinic.web.testing.Browser;
import com.pks.clinic.web.testing.RunningSite;
import com.pks.clinic.web.testing.SharedSite;

/** The anonymous self-checks as a visitor uses them on a phone: scored right, crisis first, nothing kept. */
@ExtendWith(SharedSite.class)
class SelfCheckBrowserIT {

    private static final Browser PHONE = Browser.ofSize(390, 844);

    @AfterAll
    static void closeBrowser() {
        PHONE.close();
    }

    @Test
    void phq9WithItemNineAboveZeroPutsTheCrisisResourcesBeforeTheScore(RunningSite site) {
        answer(site, "phq-9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1));
        WebElement main = PHONE.driver().findElement(By.tagName("main"));
        assertEquals("Please reach out for help now", main.findElement(By.tagName("h1")).getText());
        assertEquals("tel:988", main.findElement(By.tagName("a")).getAttribute("href"));
        assertTrue(main.getText().indexOf("988") < main.getText().indexOf("Your total is"));
        assertTrue(main.getText().contains("Your total is 9 out of 27: mild."), main.getText());
        assertTrue(main.getText().contains("not a diagnosis"));
        PHONE.screenshot("self-check-phq-9-crisis");
    }

    @Test
    void phq9WithoutThoughtsOfSelfHarmShowsTheScoreFirst(RunningSite site) {
        answer(site, "phq-9", List.of(3, 3, 3, 2, 2, 2, 2, 2, 0));
        WebElement main = PHONE.driver().findElement(By.tagName("main"));
        assertEquals("Your PHQ-9 result", main.findElement(By.tagName("h1")).getText());
        assertTrue(main.getText().contains("Your total is 19 out of 27: moderately severe."), main.getText());
    }

    @Test
    void gad7AndPcl5AreScoredAndBanded(RunningSite site) {
        answer(site, "gad-7", List.of(3, 3, 3, 3, 3, 3, 3));
        assertTrue(mainText().contains("Your total is 21 out of 21: severe."), mainText());

        answer(site, "pcl-5", List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 0, 0));
        assertTrue(mainText().contains("Your total is 33 out of 80: suggests probable PTSD."), mainText());
        assertTrue(mainText().contains("National Center for PTSD"), "the instrument is credited");
    }

    @Test
    void anUnansweredQuestionIsAskedForAndTheOtherAnswersStay(RunningSite site) {
        List<Integer> partly = Arrays.asList(0, 1, null, 2, 0, 0, 1);
        answer(site, "gad-7", partly);
        assertTrue(mainText().contains("Please answer every question (1 still open)"), mainText());
        assertTrue(PHONE.driver().findElement(By.cssSelector("#question-3 .field-error")).isDisplayed());
        assertTrue(PHONE.driver().findElement(By.cssSelector("#question-4 input[value='2']")).isSelected());
        assertFalse(mainText().contains("Your total is"), "never scored with a missing answer");
    }

    @Test
    void nothingIsKeptNoSessionNoCookie(RunningSite site) {
        PHONE.driver().manage().deleteAllCookies();
        answer(site, "phq-9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertTrue(mainText().contains("Your total is 0 out of 27: minimal."), mainText());
        assertEquals(List.of(), PHONE.driver().manage().getCookies().stream().map(Cookie::getName).toList());
    }

    @Test
    void aResultIsAttachedToARequestOnlyWhenChosenAndItemNineMakesItUrgent(RunningSite site) {
        attachItemNineResultAndFillIn(site);
        PHONE.submitAtHumanPace("send");

        assertEquals("Please reach out for help now", PHONE.driver().findElement(By.tagName("h1")).getText(),
                "an attached result with item 9 above 0 makes the request urgent");
    }

    @Test
    void anAttachedResultStaysAttachedWhenTheFormOutlivesTheSession(RunningSite site) {
        attachItemNineResultAndFillIn(site);
        PHONE.driver().manage().deleteCookieNamed("JSESSIONID"); // the session ends while the page stays open
        PHONE.submitAtHumanPace("send");
        assertTrue(mainText().contains("nothing has been sent yet"), mainText());
        assertTrue(mainText().contains("PHQ-9 self-check result (2 out of 27, minimal) will be sent"), mainText());

        PHONE.submitAtHumanPace("send");
        assertEquals("Please reach out for help now", PHONE.driver().findElement(By.tagName("h1")).getText());
    }

    private static void attachItemNineResultAndFillIn(RunningSite site) {
        PHONE.driver().manage().deleteAllCookies();
        answer(site, "phq-9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 2));
        assertTrue(PHONE.driver().manage().getCookies().isEmpty(), "no session before the person chooses");

        PHONE.driver().findElement(By.id("attach")).click();
        new WebDriverWait(PHONE.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("/contact"));
        assertTrue(mainText().contains("PHQ-9 self-check result (2 out of 27, minimal) will be sent"), mainText());
        PHONE.type("name", "Jordan");
        PHONE.type("phone", "406-555-0142");
        PHONE.click("consentToContact");
    }

    private static void answer(RunningSite site, String screener, List<Integer> answers) {
        PHONE.driver().get(site.uri("/self-check/" + screener).toString());
        for (int item = 1; item <= answers.size(); item++) {
            if (answers.get(item - 1) != null) {
                PHONE.driver().findElement(By.cssSelector("#question-" + item + " input[value='"
                        + answers.get(item - 1) + "']")).click();
            }
        }
        PHONE.submit("score");
    }

    private static String mainText() {
        return PHONE.driver().findElement(By.tagName("main")).getText();
    }
}
