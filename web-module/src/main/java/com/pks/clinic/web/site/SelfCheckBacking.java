package com.pks.clinic.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import com.pks.clinic.inquiry.api.IncompleteScreeningException;
import com.pks.clinic.inquiry.api.Screener;
import com.pks.clinic.inquiry.api.ScreeningResult;
import com.pks.clinic.inquiry.api.ScreeningService;
import com.pks.clinic.web.platform.client.ForwardedHeaders;

/**
 * {@code /self-check} lists the questionnaires; {@code /self-check/phq-9} (or gad-7, pcl-5) asks one and shows its
 * result on the same page. Anonymous and stateless: the answers travel with the form and are forgotten after the
 * result; nothing is stored and no session is created.
 */
@Named
@RequestScoped
public class SelfCheckBacking {

    @Inject
    @Param(pathIndex = 0)
    private String screenerSlug;

    @Inject
    private ScreeningService screening;

    @Inject
    private SelfCheckSeal seal;

    @Inject
    private ForwardedHeaders forwarded;

    private Screener screener;
    private Integer[] answers;
    private ScreeningResult result;
    private String browserValue;
    private List<Integer> unanswered = List.of();

    @PostConstruct
    void init() {
        Screener.bySlug(screenerSlug).ifPresent(found -> {
            screener = found;
            answers = new Integer[found.items().size()];
        });
    }

    /** Runs before rendering (f:viewAction): an unknown questionnaire is a 404. */
    public void load() throws IOException {
        if (screenerSlug != null && screener == null) {
            Faces.responseSendError(404, "No such self-check");
        }
    }

    /** Scores the answers: the action of the form's button. */
    public void score() {
        try {
            result = screening.score(screener, Arrays.asList(answers));
            unanswered = List.of();
            giveThisBrowserItsHalfOfTheSeal();
        } catch (IncompleteScreeningException incomplete) {
            unanswered = incomplete.unansweredItems();
        }
    }

    public List<Screener> getScreeners() {
        return List.of(Screener.values());
    }

    public Screener getScreener() {
        return screener;
    }

    /** The answers, one per item; bound to the radio groups. */
    public Integer[] getAnswers() {
        return answers;
    }

    /** The questions' positions; none on the list page (the view builds its questions before rendering). */
    public List<Integer> getItemIndexes() {
        return screener == null ? List.of() : IntStream.range(0, screener.items().size()).boxed().toList();
    }

    public List<Integer> getChoiceValues() {
        return IntStream.rangeClosed(0, screener.highestAnswer()).boxed().toList();
    }

    public ScreeningResult getResult() {
        return result;
    }

    /** The answers as "1,0,3,…", for the form that attaches the result to a consultation request. */
    public String getAnswersText() {
        return Arrays.stream(answers).map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The seal that lets this result, and only it, be attached to a consultation request from this browser. */
    public String getSeal() {
        return seal.seal(screener.slug(), getAnswersText(), browserValue);
    }

    /** Before the result renders (a cookie cannot follow a page that has started). */
    private void giveThisBrowserItsHalfOfTheSeal() {
        browserValue = seal.newBrowserValue();
        HttpServletRequest request = Faces.getRequest();
        Faces.getResponse().addHeader("Set-Cookie", SelfCheckSeal.COOKIE + "=" + browserValue + "; Path="
                + Faces.getRequestContextPath() + "/contact; Max-Age=" + SelfCheckSeal.VALID.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (forwarded.overHttps(request) ? "; Secure" : ""));
    }

    /** What the result means, in plain and kind words. */
    public String getExplanation() {
        return switch (result.band()) {
            case MINIMAL -> "Your answers suggest few or no symptoms right now.";
            case MILD -> "Your answers suggest mild symptoms. If they go on or trouble you, it is worth talking "
                    + "with a clinician.";
            case MODERATE -> "Your answers suggest moderate symptoms. Talking with a clinician about them could "
                    + "help.";
            case PROBABLE_PTSD -> "Your answers suggest probable PTSD, which is worth a professional "
                    + "assessment. Help is available, including for people whom other treatments have not helped.";
            case BELOW_PTSD_RANGE -> "Your total is below the range that usually suggests PTSD. "
                    + "If a stressful experience still troubles you, talking with a clinician can help.";
            case MODERATELY_SEVERE, SEVERE -> "Your answers suggest " + result.band().words() + " symptoms. You "
                    + "deserve support: please talk with a clinician soon. If other treatments have not helped, "
                    + "ketamine treatment may be worth asking about.";
        };
    }

    /** The unanswered items' numbers (from 1), after a first try. */
    public List<Integer> getUnanswered() {
        return unanswered;
    }

    public boolean unanswered(int index) {
        return unanswered.contains(index + 1);
    }
}
