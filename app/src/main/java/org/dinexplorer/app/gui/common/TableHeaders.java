package org.dinexplorer.app.gui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column headers that are never cut to "ca…": a described column is at least as wide as its header and its widest
 * expected value, and its header carries a tooltip saying what the column holds. A table narrower than its columns
 * scrolls sideways instead of truncating them.
 */
public final class TableHeaders {

    /** Cell padding on both sides plus room for a sort arrow. */
    private static final double PADDING = 18;
    /** Table headers are bold in the theme, at its base size. */
    private static final Font HEADER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 14);
    private static final Font CELL = Font.font(Font.getDefault().getFamily(), 14);

    private TableHeaders() {
    }

    /**
     * Gives {@code column} a header label with {@code tooltip} and a minimum width that shows the whole header and
     * {@code widestValue} (a typical longest cell text, e.g. {@code "05-13 13:08"}).
     */
    public static <S, T> TableColumn<S, T> describe(TableColumn<S, T> column, String tooltip, String widestValue) {
        String name = column.getText();
        Label header = new Label(name);
        header.setTooltip(new Tooltip(tooltip));
        header.setMinWidth(Region.USE_PREF_SIZE);
        fit(column, widestValue);
        column.setPrefWidth(column.getMinWidth());
        column.setText(null);
        column.setGraphic(header);
        return column;
    }

    /**
     * Gives {@code column} a minimum width that shows its whole header and {@code widestValue}, and widens its
     * preferred width to that if it was narrower.
     */
    public static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, String widestValue) {
        double width = Math.max(width(column.getText(), HEADER), width(widestValue, CELL)) + PADDING;
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(width, column.getPrefWidth()));
        return column;
    }

    private static double width(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
