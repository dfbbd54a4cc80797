package org.dinexplorer.app.gui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A centred placeholder for a page with nothing to show yet: an icon, a title, what to do first, and actions. */
public final class EmptyState extends VBox {

    /**
     * @param icon    large icon above the title
     * @param title   one short line
     * @param text    what the user should do first
     * @param actions buttons for the first steps (may be none)
     */
    public EmptyState(Ikon icon, String title, String text, Button... actions) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(64);
        glyph.getStyleClass().add("empty-state-icon");
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-2", "empty-state-title");
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        body.getStyleClass().add("text-muted");
        VBox buttons = new VBox(8, actions);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(glyph, heading, body, buttons);
        setAlignment(Pos.CENTER);
        setSpacing(14);
        getStyleClass().add("empty-state");
    }
}
