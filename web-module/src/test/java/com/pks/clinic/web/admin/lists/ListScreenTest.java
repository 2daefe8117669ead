package com.pks.clinic.web.admin.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ListScreenTest {

    @Test
    void theButtonToAddOneReadsAsEnglish() {
        assertEquals("an article", ListScreen.ARTICLE.getSingularWithArticle());
        assertEquals("a question", ListScreen.FAQ.getSingularWithArticle());
        assertEquals("a condition", ListScreen.CONDITION.getSingularWithArticle());
    }
}
