package dev.waymark;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Waymark: step-by-step procedure guides for travelers. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/waymark.css")
@Meta(name = "color-scheme", content = "light")
public class WaymarkApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WaymarkApplication.class, args);
    }
}
