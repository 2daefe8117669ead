package com.pks.clinic.inquiry.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The validated self-check questionnaires the site offers. PHQ-9 and GAD-7 were developed by Drs. Robert L. Spitzer,
 * Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.; no permission is
 * required to reproduce, translate, display or distribute them. PCL-5 is by the U.S. Department of Veterans Affairs'
 * National Center for PTSD and in the public domain.
 */
public enum Screener {

    PHQ_9("phq-9", "PHQ-9", "Depression", "Over the last 2 weeks, how often have you been bothered by any of the "
            + "following problems?", List.of("Not at all", "Several days", "More than half the days",
            "Nearly every day"), List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed; or the opposite, being so fidgety "
                    + "or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead, or of hurting yourself in some way"),
            "Developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an "
                    + "educational grant from Pfizer Inc. No permission required to reproduce, translate, display or "
                    + "distribute."),

    GAD_7("gad-7", "GAD-7", "Anxiety", "Over the last 2 weeks, how often have you been bothered by the following "
            + "problems?", List.of("Not at all", "Several days", "More than half the days", "Nearly every day"),
            List.of(
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen"),
            "Developed by Drs. Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an "
                    + "educational grant from Pfizer Inc. No permission required to reproduce, translate, display or "
                    + "distribute."),

    PCL_5("pcl-5", "PCL-5", "Post-traumatic stress (PTSD)", "In the past month, how much were you bothered by:",
            List.of("Not at all", "A little bit", "Moderately", "Quite a bit", "Extremely"), List.of(
            "Repeated, disturbing, and unwanted memories of the stressful experience",
            "Repeated, disturbing dreams of the stressful experience",
            "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you "
                    + "were actually back there reliving it)",
            "Feeling very upset when something reminded you of the stressful experience",
            "Having strong physical reactions when something reminded you of the stressful experience (for "
                    + "example, heart pounding, trouble breathing, sweating)",
            "Avoiding memories, thoughts, or feelings related to the stressful experience",
            "Avoiding external reminders of the stressful experience (for example, people, places, conversations, "
                    + "activities, objects, or situations)",
            "Trouble remembering important parts of the stressful experience",
            "Having strong negative beliefs about yourself, other people, or the world (for example, having "
                    + "thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, "
                    + "the world is completely dangerous)",
            "Blaming yourself or someone else for the stressful experience or what happened after it",
            "Having strong negative feelings such as fear, horror, anger, guilt, or shame",
            "Loss of interest in activities that you used to enjoy",
            "Feeling distant or cut off from other people",
            "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving "
                    + "feelings for people close to you)",
            "Irritable behavior, angry outbursts, or acting aggressively",
            "Taking too many risks or doing things that could cause you harm",
            "Being \u201csuperalert\u201d or watchful or on guard",
            "Feeling jumpy or easily startled",
            "Having difficulty concentrating",
            "Trouble falling or staying asleep"),
            "PCL-5 by the National Center for PTSD, U.S. Department of Veterans Affairs (public domain).");

    private final String slug;
    private final String title;
    private final String topic;
    private final String instructions;
    private final List<String> choices;
    private final List<String> items;
    private final String credit;

    Screener(String slug, String title, String topic, String instructions, List<String> choices, List<String> items,
             String credit) {
        this.slug = slug;
        this.title = title;
        this.topic = topic;
        this.instructions = instructions;
        this.choices = choices;
        this.items = items;
        this.credit = credit;
    }

    /** The questionnaire at {@code /self-check/slug}, if there is one. */
    public static Optional<Screener> bySlug(String slug) {
        return Arrays.stream(values()).filter(screener -> screener.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String topic() {
        return topic;
    }

    public String instructions() {
        return instructions;
    }

    /** The answer labels, scored 0, 1, 2… in this order. */
    public List<String> choices() {
        return choices;
    }

    public List<String> items() {
        return items;
    }

    public String credit() {
        return credit;
    }

    public int highestAnswer() {
        return choices.size() - 1;
    }
}
