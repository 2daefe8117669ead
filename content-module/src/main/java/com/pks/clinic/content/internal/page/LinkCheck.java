package com.pks.clinic.content.internal.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import com.pks.clinic.content.api.LinkProblem;
import com.pks.clinic.content.api.Redirect;
import com.pks.clinic.content.api.SiteSettingsService;
import com.pks.clinic.content.internal.item.Drafts;
import com.pks.clinic.content.internal.item.Item;
import com.pks.clinic.content.internal.item.ItemKind;

/**
 * Finds the links of formatted text that lead to pages of this site a visitor could not open: written as
 * {@code /slug} or with the site's own address in front. The site's own screens (the forms, the sitemap) count as
 * existing; an old address that redirects counts as working.
 */
@ApplicationScoped
class LinkCheck {

    @Inject
    private Drafts drafts;

    @Inject
    private PageAddresses addresses;

    @Inject
    private SiteSettingsService settings;

    List<LinkProblem> problems(String html) {
        String origin = settings.get().origin();
        return Jsoup.parseBodyFragment(html).select("a[href]").stream()
                .map(link -> problem(link, origin))
                .filter(Objects::nonNull)
                .toList();
    }

    private LinkProblem problem(Element link, String origin) {
        String href = link.attr("href").strip();
        Optional<String> slug = internalSlug(href, origin);
        if (slug.isEmpty() || slug.get().isEmpty() || Slugs.isReserved(slug.get().split("[/.]")[0])) {
            return null;
        }
        String reason = reason(slug.get());
        return reason == null ? null : new LinkProblem(href, link.text(), reason);
    }

    private String reason(String slug) {
        Optional<Item> page = drafts.find(ItemKind.PAGE, slug);
        if (page.isPresent()) {
            return page.get().live() == null ? "The page /" + slug + " is not published." : null;
        }
        Optional<Redirect> moved = addresses.find(slug);
        if (moved.isPresent() && !moved.get().gone()) {
            return reason(moved.get().targetSlug());
        }
        return moved.isPresent() ? "The page /" + slug + " was deleted." : "There is no page /" + slug + ".";
    }

    /** The page slug a link points to on this site ("" for the home page), or empty for any other link. */
    private static Optional<String> internalSlug(String href, String origin) {
        String path;
        if (href.startsWith("/") && !href.startsWith("//")) {
            path = href;
        } else if (href.startsWith(origin + "/") || href.equals(origin)) {
            path = href.substring(origin.length());
        } else {
            return Optional.empty();
        }
        try {
            String clean = URI.create(path.isEmpty() ? "/" : path).getPath();
            return Optional.of(clean.replaceAll("^/+|/+$", ""));
        } catch (IllegalArgumentException malformed) {
            return Optional.of(path.substring(1));
        }
    }
}
