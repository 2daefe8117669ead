package com.pks.clinic.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;

import com.pks.clinic.content.api.Article;
import com.pks.clinic.content.api.Collection;
import com.pks.clinic.content.api.PublishedPage;

/**
 * {@code /feed.xml}: the published articles as an Atom feed, newest first, for feed readers and for the people who
 * follow the clinic's news that way. Not found while no published page lists the articles.
 */
@WebServlet("/feed.xml")
public class FeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublicContent content;

    @Inject
    private ShownText text;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicContent.Snapshot site = content.current();
        Optional<PublishedPage> news = site.pageListing(Collection.ARTICLE);
        if (news.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String origin = site.settings().origin();
        String listing = origin + news.get().path();
        Instant updated = site.articles().stream().map(Article::publishedAt).max(Instant::compareTo)
                .orElse(news.get().publishedAt());
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"" + xml(origin + "/") + "\">");
        out.println("  <title>" + xml(news.get().title() + " | " + site.settings().clinicName()) + "</title>");
        out.println("  <id>" + xml(listing) + "</id>");
        out.println("  <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(listing) + "\"/>");
        out.println("  <link rel=\"self\" href=\"" + xml(origin + "/feed.xml") + "\"/>");
        out.println("  <updated>" + updated + "</updated>");
        out.println("  <author><name>" + xml(site.settings().clinicName()) + "</name></author>");
        for (Article article : site.articles()) {
            String url = listing + "/" + article.key();
            out.println("  <entry>");
            out.println("    <title>" + xml(article.title()) + "</title>");
            out.println("    <id>" + xml(url) + "</id>");
            out.println("    <link rel=\"alternate\" type=\"text/html\" href=\"" + xml(url) + "\"/>");
            out.println("    <updated>" + article.publishedAt() + "</updated>");
            if (article.date() != null) {
                out.println("    <published>" + article.date() + "T12:00:00Z</published>");
            }
            if (article.author() != null) {
                out.println("    <author><name>" + xml(article.author()) + "</name></author>");
            }
            if (article.summary() != null) {
                out.println("    <summary>" + xml(text.plain(article.summary())) + "</summary>");
            }
            // as the article's page shows it, escaped once more to stand as text in the XML
            out.println("    <content type=\"html\">" + xml(text.html(article.bodyHtml())) + "</content>");
            out.println("  </entry>");
        }
        out.println("</feed>");
    }

    private static String xml(String text) {
        return SitemapServlet.escape(text).replace("\"", "&quot;");
    }
}
