package dev.waymark.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/**
 * The only route of the Spring-free component tests, so they need none of the application's views. Not
 * registered at start-up, so the application (whose home is "") never sees it.
 */
@Route(value = "", registerAtStartup = false)
public class EmptyView extends Div {
}
