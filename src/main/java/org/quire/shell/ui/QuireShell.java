package org.quire.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme and Quire's own stylesheet (served as a static file). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/quire.css")
@Meta(name = "color-scheme", content = "light")
public class QuireShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Quire");
    }
}
