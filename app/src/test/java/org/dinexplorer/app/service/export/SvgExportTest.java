package org.dinexplorer.app.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgExportTest {

    @TempDir
    Path dir;

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void lineChartIsValidXmlWithRealTextForTitleAxesAndLegend() throws Exception {
        ChartData chart = new ChartData("Training loss", "step", "loss", List.of(
                new ChartData.Series("DIN", new double[] {0, 1, 2, 3}, new double[] {0.7, 0.5, Double.NaN, 0.4}),
                new ChartData.Series("BASE", new double[] {0, 1, 2, 3}, new double[] {0.7, 0.6, 0.55, 0.5})));
        Path file = dir.resolve("loss.svg");
        new SvgChartWriter().write(chart, 800, 500, file);
        Document svg = parse(Files.readString(file));
        assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(texts(svg)).contains("Training loss", "step", "loss", "DIN", "BASE");
        assertThat(svg.getElementsByTagName("path").getLength()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void hundredThousandPointsAreThinnedToAFewThousand() throws Exception {
        int n = 100_000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = i;
            ys[i] = Math.sin(i / 500.0);
        }
        String svg = new SvgChartWriter().render(new ChartData("t", "x", "y",
                List.of(new ChartData.Series("s", xs, ys))), 800, 500);
        assertThat(svg.length()).isLessThan(200_000);
        assertThat(parse(svg).getDocumentElement().getNodeName()).isEqualTo("svg");
    }

    @Test
    void heatmapHasOneCellPerValueAndLabelsAsText() throws Exception {
        HeatmapData heatmap = new HeatmapData("Attention of user 7", List.of("ad 1", "ad 2"),
                List.of("cate 5 pv", "cate 9 buy", "pad"), "weight",
                new double[][] {{0.1, -0.9, Double.NaN}, {0.3, 0.2, 0.0}});
        Path file = dir.resolve("heat.svg");
        new SvgHeatmapWriter().write(heatmap, file);
        Document svg = parse(Files.readString(file));
        assertThat(texts(svg)).contains("Attention of user 7", "ad 1", "ad 2", "cate 5 pv", "cate 9 buy", "weight");
        assertThat(svg.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(6);
        // the legend runs symmetrically around zero, marks zero and says what it means
        assertThat(texts(svg)).contains("+0.900", "0", "\u22120.900", "white = 0", "red > 0, blue < 0");
    }

    @Test
    void colourScaleIsCentredAtZeroWithRedAboveAndBlueBelow() {
        assertThat(ColorScale.rgb(0, 0.4)).isEqualTo(0xF7F7F7);
        assertThat(ColorScale.rgb(0.4, 0.4)).isEqualTo(0xB2182B);
        assertThat(ColorScale.rgb(-0.4, 0.4)).isEqualTo(0x2166AC);
        assertThat(ColorScale.rgb(7, 0.4)).isEqualTo(ColorScale.rgb(0.4, 0.4));
        assertThat(ColorScale.rgb(-7, 0.4)).isEqualTo(ColorScale.rgb(-0.4, 0.4));
        // a strong negative value is as far from white as an equally strong positive one
        assertThat(distanceFromWhite(ColorScale.rgb(-0.3, 0.4))).isGreaterThan(distanceFromWhite(
                ColorScale.rgb(0.1, 0.4)));
    }

    private static int distanceFromWhite(int rgb) {
        return 3 * 0xFF - ((rgb >> 16) & 0xFF) - ((rgb >> 8) & 0xFF) - (rgb & 0xFF);
    }
}
