package dev.waymark.base.ui;

import java.util.List;

/**
 * The staff screens' side menu, in order. The layout lives here in {@code base/ui} and every feature's views use it,
 * so the menu that names those views is given to it (see {@code dev.waymark.StaffNavigation}) instead of the layout
 * importing them: features' screens never import each other in a circle.
 */
public interface StaffMenu {

    List<StaffLink> links();
}
