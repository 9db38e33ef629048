package org.quire.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, Quire's own stylesheet (served as a static file) and Push, so
 * saves, presence and database notices reach open pages as they happen (WebSocket, long polling
 * where a proxy refuses WebSockets).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/quire.css")
@Meta(name = "color-scheme", content = "light")
public class QuireShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Quire");
    }
}
