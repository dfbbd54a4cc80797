package org.dinexplorer.app.gui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dinexplorer.app.service.export.ChartData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart without points shows its empty state, never invented axes; the first points bring the axes back. */
@ExtendWith(ApplicationExtension.class)
class LineChartPaneTest {

    private LineChartPane pane;

    @Start
    void start(Stage stage) {
        pane = new LineChartPane("AUC and GAUC (validation)", "step", "metric", "No evaluation yet");
        pane.setId("chart");
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    @Test
    void showsTheEmptyStateUntilTheFirstFinitePoint() throws Exception {
        FxRobot robot = new FxRobot();
        assertEmptyState(robot);

        // before the first evaluation the series exist but hold nothing finite
        double[] none = {Double.NaN};
        show(new ChartData("AUC", "step", "metric", List.of(new ChartData.Series("AUC", new double[] {0}, none),
                new ChartData.Series("GAUC", new double[] {0}, none))));
        assertEmptyState(robot);

        show(new ChartData("AUC", "step", "metric", List.of(new ChartData.Series("AUC", new double[] {100, 200},
                new double[] {0.61, 0.64}))));
        assertThat(pane.isEmpty()).isFalse();
        assertThat(pane.chart().isVisible()).isTrue();
        assertThat(robot.lookup("#chart .chart-empty").query().isVisible()).isFalse();
        NumberAxis y = (NumberAxis) pane.chart().getYAxis();
        assertThat(y.getLowerBound()).isLessThanOrEqualTo(0.61);
        assertThat(y.getUpperBound()).isBetween(0.64, 1.0);
    }

    private void show(ChartData data) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            pane.show(data);
            pane.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEmptyState(FxRobot robot) {
        assertThat(pane.isEmpty()).isTrue();
        assertThat(pane.chart().isVisible()).isFalse();
        assertThat(robot.lookup("#chart .chart-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#chart .chart-empty .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("AUC and GAUC (validation)", "No evaluation yet");
    }
}
