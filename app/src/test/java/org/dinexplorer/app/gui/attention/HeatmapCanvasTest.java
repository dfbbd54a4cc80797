package org.dinexplorer.app.gui.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.dinexplorer.app.service.export.HeatmapData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 50-behaviour heatmap in the width Explore gives it at 1366 px: every column on screen, legend around zero. */
@ExtendWith(ApplicationExtension.class)
class HeatmapCanvasTest {

    private HeatmapCanvas heatmap;
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        heatmap = new HeatmapCanvas();
        scroll = new ScrollPane(heatmap);
        scroll.setFitToWidth(true);
        // what the heatmap pane gets at 1366×768 with the user's pane shown
        stage.setScene(new Scene(scroll, 840, 420));
        stage.show();
    }

    @Test
    void fiftyColumnsShareTheWidthAndTheLegendMarksZero() throws Exception {
        int columns = 50;
        List<String> labels = new ArrayList<>();
        double[][] values = new double[3][columns];
        for (int c = 0; c < columns; c++) {
            labels.add(Integer.toString(c + 1));
            values[0][c] = -0.34;
            values[1][c] = 0.017;
            values[2][c] = 0.1 * Math.sin(c);
        }
        HeatmapData data = new HeatmapData("h", List.of("ad 1", "ad 2", "ad 3"), labels, "weight", values);
        WaitForAsyncUtils.asyncFx(() -> heatmap.show(data, 0)).get();
        WaitForAsyncUtils.waitForFxEvents();

        double viewport = scroll.getViewportBounds().getWidth();
        assertThat(heatmap.getWidth()).isLessThanOrEqualTo(viewport + 0.5);
        assertThat(heatmap.cellWidth() * columns).isLessThan(viewport);
        assertThat(heatmap.cellWidth()).isGreaterThanOrEqualTo(9);
        // the strongly negative row sets the scale: −0.34 at one end, zero in the middle
        assertThat(heatmap.legendText()).containsExactly("weight", "+0.340", "0", "\u22120.340", "white = 0",
                "red > 0, blue < 0");
    }
}
