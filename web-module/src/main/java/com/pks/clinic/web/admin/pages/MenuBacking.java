package com.pks.clinic.web.admin.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import com.pks.clinic.content.api.ContentNotFoundException;
import com.pks.clinic.content.api.InvalidContentException;
import com.pks.clinic.content.api.MenuLabel;
import com.pks.clinic.content.api.MenuMove;
import com.pks.clinic.content.api.NavigationChange;
import com.pks.clinic.content.api.NavigationEntry;
import com.pks.clinic.content.api.NavigationOutline;
import com.pks.clinic.content.api.NavigationService;
import com.pks.clinic.content.api.PagePaths;
import com.pks.clinic.web.platform.client.ClientAddress;
import com.pks.clinic.web.platform.time.ClinicTime;

/**
 * The menu ({@code /admin/menu}): its two levels in order, each page with buttons that move it one step (up, down,
 * under the page above, back to the top level), add it or take it out; the labels the pages show under; and the
 * menu's earlier states to bring back.
 * After a move the screen opens again at the page that moved, so that a keyboard user can go on moving it.
 */
@Named
@RequestScoped
public class MenuBacking {

    static final int HISTORY_SHOWN = 20;

    @Inject
    private NavigationService navigation;

    @Inject
    private ClientAddress client;

    @Inject
    private ClinicTime clinicTime;

    private NavigationOutline outline;
    private List<NavigationChange> history;
    /** The menu's kept state the screen showed, posted back: a button of an older screen may name another page. */
    private long shownState;
    /** The labels as the form posted them: shown again when they are refused, so that nothing typed is lost. */
    private Map<String, String> postedLabels = Map.of();

    /** One row of the labels' form. */
    public record LabelRow(String slug, String path, String title, String label) {

        /** Whether the label typed is more than the menu takes (refused, and shown again to be shortened). */
        public boolean tooLong() {
            return label.length() > MenuLabel.LONGEST;
        }
    }

    /** A kept state of the menu as the screen lists it. */
    public record KeptState(long id, String author, ClinicTime.Moment at, List<String> menu) {
    }

    /** Before anything else, also on a post back: the buttons belong to the rows of the menu. */
    @PostConstruct
    void read() {
        outline = navigation.outline();
        history = navigation.history();
        shownState = latestState();
    }

    private long latestState() {
        return history.isEmpty() ? 0 : history.get(0).id();
    }

    public void move(String slug, String label, MenuMove move) throws IOException {
        act(() -> {
            navigation.move(slug, move, client.get());
            return "“" + label + "” " + move.done() + ".";
        }, "entry-" + slug);
    }

    public void show(String slug, String label, boolean inMenu) throws IOException {
        act(() -> {
            navigation.show(slug, inMenu, client.get());
            return "“" + label + "” is " + (inMenu ? "now in the menu, at the end." : "no longer in the menu.");
        }, "entry-" + slug);
    }

    public void restore(long changeId) throws IOException {
        act(() -> {
            navigation.restore(changeId, client.get());
            return "The menu is back as it was then.";
        }, null);
    }

    /** Saves the labels the form posts, one for each page of the menu, in the order of its rows. */
    public void saveLabels() throws IOException {
        String[] slugs = Faces.getRequestParameterValues("slug");
        String[] labels = Faces.getRequestParameterValues("label");
        if (slugs == null || labels == null || slugs.length != labels.length) {
            Messages.addGlobalError("The labels could not be read. Please try again.");
            return;
        }
        List<MenuLabel> wanted = IntStream.range(0, slugs.length)
                .mapToObj(row -> new MenuLabel(slugs[row], labels[row])).toList();
        postedLabels = wanted.stream().collect(Collectors.toMap(MenuLabel::slug, MenuLabel::label, (a, b) -> b));
        act(() -> {
            int changed = navigation.relabel(wanted, client.get());
            return changed == 0 ? "The labels were already as they are now: nothing changed."
                    : (changed == 1 ? "One label" : changed + " labels") + " saved.";
        }, null);
    }

    /** Makes a change, tells what it did and opens the screen again at {@code anchor}; or tells why not. */
    private void act(Supplier<String> change, String anchor) throws IOException {
        if (shownState != latestState()) {
            Messages.addGlobalWarn("Someone else changed the menu since this screen opened, so nothing was changed. "
                    + "Here is the menu as it is now: please try again.");
            read();
            return;
        }
        try {
            String done = change.get();
            Messages.addFlashGlobalInfo(done + " The public site shows the new menu now.");
            Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/admin/menu"
                    + (anchor == null ? "" : "#" + anchor));
        } catch (InvalidContentException refused) {
            Messages.addGlobalError(String.join(" ", refused.problems().values()));
            read();
        } catch (ContentNotFoundException gone) {
            Messages.addGlobalWarn("That page no longer exists. Here is the menu as it is now.");
            read();
        }
    }

    /** Each page of the menu in its order, with the label an editor gave it (or the one just typed, if refused). */
    public List<LabelRow> getLabelRows() {
        return outline.menu().stream()
                .flatMap(top -> Stream.concat(Stream.of(top), top.children().stream()))
                .map(entry -> new LabelRow(entry.slug(), entry.path(), entry.title(),
                        postedLabels.getOrDefault(entry.slug(), entry.ownLabel())))
                .toList();
    }

    public NavigationOutline getOutline() {
        return outline;
    }

    public List<KeptState> getHistory() {
        Map<String, String> titles = Stream.concat(outline.menu().stream(), outline.hidden().stream())
                .flatMap(top -> Stream.concat(Stream.of(top), top.children().stream()))
                .collect(Collectors.toMap(NavigationEntry::slug, NavigationEntry::title, (a, b) -> a));
        return history.stream().limit(HISTORY_SHOWN)
                .map(change -> new KeptState(change.id(), PageLines.who(change.author()),
                        clinicTime.moment(change.createdAt()), readable(change.places(), titles)))
                .toList();
    }

    /**
     * A kept state as its menu read, by the words it showed: its own label, or else the page's title (today's), or
     * else the address of a page since deleted; a sub-page after "› ".
     */
    static List<String> readable(List<NavigationChange.Place> places, Map<String, String> titles) {
        List<NavigationChange.Place> shown = places.stream().filter(NavigationChange.Place::inMenu)
                .sorted(Comparator.comparingInt(NavigationChange.Place::position)).toList();
        List<String> menu = new ArrayList<>();
        for (NavigationChange.Place top : shown.stream().filter(place -> place.parentSlug() == null).toList()) {
            menu.add(readable(top, titles));
            shown.stream().filter(place -> top.slug().equals(place.parentSlug()))
                    .forEach(child -> menu.add("› " + readable(child, titles)));
        }
        return menu;
    }

    private static String readable(NavigationChange.Place place, Map<String, String> titles) {
        return place.label() != null ? place.label()
                : titles.getOrDefault(place.slug(), PagePaths.of(place.slug()));
    }

    public long getShownState() {
        return shownState;
    }

    public void setShownState(long shownState) {
        this.shownState = shownState;
    }
}
