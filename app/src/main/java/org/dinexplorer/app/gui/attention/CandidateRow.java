package org.dinexplorer.app.gui.attention;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.dinexplorer.app.service.explore.CandidateAd;

/**
 * One candidate ad in the Explore page's table: the ad, its bid (editable), the predicted CTR of the latest scoring,
 * eCPM = CTR × bid × 1000 and its rank by eCPM, as the ad system would rank it.
 */
public final class CandidateRow {

    /** Bid used when the ad has no known price. */
    public static final double DEFAULT_BID = 1.0;

    private final CandidateAd ad;
    private final DoubleProperty bid;
    private final ReadOnlyDoubleWrapper ctr = new ReadOnlyDoubleWrapper(Double.NaN);
    private final DoubleBinding ecpm;
    private final IntegerProperty rank = new SimpleIntegerProperty();
    private float[] weights = new float[0];
    private float[] influence = new float[0];

    /** A row for {@code ad}; its bid starts at the ad's price, or {@link #DEFAULT_BID} when the price is unknown. */
    public CandidateRow(CandidateAd ad) {
        this.ad = ad;
        this.bid = new SimpleDoubleProperty(Float.isFinite(ad.price()) && ad.price() > 0 ? ad.price() : DEFAULT_BID);
        this.ecpm = Bindings.createDoubleBinding(() -> ctr.get() * bid.get() * 1000, ctr, bid);
    }

    /** The ad. */
    public CandidateAd ad() {
        return ad;
    }

    /** The bid per click (editable, not negative). */
    public DoubleProperty bid() {
        return bid;
    }

    /** Predicted click probability; NaN before the first scoring. */
    public ReadOnlyDoubleProperty ctr() {
        return ctr.getReadOnlyProperty();
    }

    /** Expected revenue per thousand impressions: CTR × bid × 1000. */
    public DoubleBinding ecpm() {
        return ecpm;
    }

    /** 1-based rank by eCPM among the candidates (1 = the ad the system would show). */
    public ReadOnlyIntegerProperty rank() {
        return rank;
    }

    /** Attention weight per behaviour of the scored history, oldest first (a copy). */
    public float[] weights() {
        return weights.clone();
    }

    /** CTR minus the CTR with that behaviour removed, per behaviour of the scored history, oldest first (a copy). */
    public float[] influence() {
        return influence.clone();
    }

    /** The weights or the influences. */
    float[] values(HeatmapMeasure measure) {
        return measure == HeatmapMeasure.WEIGHT ? weights() : influence();
    }

    void scored(float predictedCtr, float[] attention, float[] influences) {
        weights = attention.clone();
        influence = influences.clone();
        ctr.set(predictedCtr);
    }

    void rank(int value) {
        rank.set(value);
    }

    /** Short label: ad id, category and whether the user clicked it or it was added. */
    public String label() {
        String mark = ad.clicked() ? " ✓clicked" : ad.shown() ? "" : " +added";
        return "ad " + ad.adgroupId() + " · cate " + ad.cate() + mark;
    }
}
