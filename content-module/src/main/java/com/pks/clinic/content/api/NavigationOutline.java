package com.pks.clinic.content.api;

import java.util.List;

/**
 * The menu as an editor arranges it.
 *
 * @param menu   the pages in the menu, top level first, each with its children, in order
 * @param hidden the pages that are not in the menu (still reachable by their address and links)
 */
public record NavigationOutline(List<NavigationEntry> menu, List<NavigationEntry> hidden) {
}
