package org.dinexplorer.app.service.export;

import java.awt.Color;
import java.awt.Font;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Draws a {@link ChartData} line chart as SVG with real text: axes, ticks, grid, one polyline per series, legend. */
public final class SvgChartWriter {

    /** Colours of successive series (colour-blind friendly). */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000));
    /** Prefix of every SVG file we write; no DOCTYPE, so readers never try to fetch a DTD. */
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final Color GRID = new Color(0xE5E5E5);
    private static final int MAX_POINTS = 2_000;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    /** Writes {@code chart} to {@code file} at {@code width} × {@code height} pixels. */
    public void write(ChartData chart, int width, int height, Path file) {
        String svg = render(chart, width, height);
        AtomicFiles.write(file, out -> out.write(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SVG document of {@code chart}. */
    public String render(ChartData chart, int width, int height) {
        List<ChartData.Series> series = chart.series().stream().map(s -> Decimation.decimate(s, MAX_POINTS)).toList();
        double[] bounds = bounds(series);
        NiceScale xScale = NiceScale.of(bounds[0], bounds[1], 8);
        NiceScale yScale = NiceScale.of(bounds[2], bounds[3], 6);
        SvgCanvas g = new SvgCanvas(width, height);
        Plot plot = new Plot(LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM, xScale, yScale);
        drawAxes(g, chart, plot);
        for (int i = 0; i < series.size(); i++) {
            drawSeries(g, series.get(i), plot, PALETTE.get(i % PALETTE.size()));
        }
        drawLegend(g, series, plot);
        return g.toSvg();
    }

    private static double[] bounds(List<ChartData.Series> series) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (ChartData.Series s : series) {
            for (int i = 0; i < s.size(); i++) {
                if (Double.isFinite(s.xs()[i]) && Double.isFinite(s.ys()[i])) {
                    b[0] = Math.min(b[0], s.xs()[i]);
                    b[1] = Math.max(b[1], s.xs()[i]);
                    b[2] = Math.min(b[2], s.ys()[i]);
                    b[3] = Math.max(b[3], s.ys()[i]);
                }
            }
        }
        return Double.isFinite(b[0]) ? b : new double[] {0, 1, 0, 1};
    }

    private static void drawAxes(SvgCanvas g, ChartData chart, Plot plot) {
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        g.text(chart.title(), plot.left, 24, new Font(Font.SANS_SERIF, Font.BOLD, 14), Color.DARK_GRAY);
        for (double x = plot.xScale.min(); x <= plot.xScale.max() + plot.xScale.step() / 2; x += plot.xScale.step()) {
            double px = plot.px(x);
            g.line(px, plot.top, px, plot.top + plot.height, GRID);
            g.text(plot.xScale.label(x), px - 10, plot.top + plot.height + 16, small, Color.DARK_GRAY);
        }
        for (double y = plot.yScale.min(); y <= plot.yScale.max() + plot.yScale.step() / 2; y += plot.yScale.step()) {
            double py = plot.py(y);
            g.line(plot.left, py, plot.left + plot.width, py, GRID);
            g.text(plot.yScale.label(y), 8, py + 4, small, Color.DARK_GRAY);
        }
        g.outline(plot.left, plot.top, plot.width, plot.height, Color.GRAY);
        g.text(chart.xLabel(), plot.left + plot.width / 2f - 20, plot.top + plot.height + 38, small, Color.DARK_GRAY);
        g.text(chart.yLabel(), plot.left, plot.top - 6, small, Color.DARK_GRAY);
    }

    private static void drawSeries(SvgCanvas g, ChartData.Series series, Plot plot, Color color) {
        StringBuilder line = new StringBuilder();
        boolean penDown = false;
        for (int i = 0; i < series.size(); i++) {
            double y = series.ys()[i];
            if (!Double.isFinite(y)) {
                penDown = false;
                continue;
            }
            if (penDown) {
                SvgCanvas.lineTo(line, plot.px(series.xs()[i]), plot.py(y));
            } else {
                SvgCanvas.move(line, plot.px(series.xs()[i]), plot.py(y));
                penDown = true;
            }
        }
        g.path(line, color, 1.6);
    }

    private static void drawLegend(SvgCanvas g, List<ChartData.Series> series, Plot plot) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        // right-aligned in the plot: as wide as the longest name, so no name runs off the image
        double textWidth = 0;
        for (ChartData.Series s : series) {
            textWidth = Math.max(textWidth, SvgCanvas.textWidth(s.name(), font));
        }
        double swatch = plot.left + plot.width - 8 - Math.ceil(textWidth) - 18;
        int y = plot.top + 14;
        for (int i = 0; i < series.size(); i++) {
            g.rect(swatch, y - 8, 12, 4, PALETTE.get(i % PALETTE.size()));
            g.text(series.get(i).name(), swatch + 18, y - 2, font, Color.DARK_GRAY);
            y += 16;
        }
    }

    /** The plotting area and its scales. */
    private record Plot(int left, int top, int width, int height, NiceScale xScale, NiceScale yScale) {
        double px(double x) {
            return left + (x - xScale.min()) / (xScale.max() - xScale.min()) * width;
        }

        double py(double y) {
            return top + height - (y - yScale.min()) / (yScale.max() - yScale.min()) * height;
        }
    }
}
