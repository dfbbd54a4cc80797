package org.dinexplorer.storage.samples;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.storage.vocab.Vocabulary;
import org.dinexplorer.storage.vocab.VocabularyBuilder;

/**
 * Builds every vocabulary from the training split only. User, ad and {@code pid} values are counted once per
 * training impression. The shared {@code cate_id} and {@code brand} tables also count each behaviour that appears in
 * at least one training history (once, however many histories share it); {@code btag} counts those behaviours and
 * ignores min-count, as it only has four values.
 */
final class VocabularyPlan {

    private VocabularyPlan() {
    }

    /** Training impressions per user, ad and pid, and the behaviours that appear in some training history. */
    private record TrainingCounts(int[] perUser, int[] perAd, long[] perPid, BitSet inTrainingHistory) {

        static TrainingCounts of(DatasetArrays data) {
            TrainingCounts counts = new TrainingCounts(new int[data.userColumns[0].length],
                    new int[data.adColumns[0].length], new long[data.pidLabels.size()],
                    new BitSet((int) data.behTime.length()));
            byte train = (byte) Split.TRAIN.ordinal();
            for (int i = 0; i < data.impressionCount(); i++) {
                if (data.split.getByte(i) == train) {
                    counts.perUser[data.userDense.getInt(i)]++;
                    counts.perAd[data.adDense.getInt(i)]++;
                    counts.perPid[data.pidCode.getByte(i)]++;
                    int end = data.histEnd.getInt(i);
                    counts.inTrainingHistory.set(end - data.histLen.getShort(i), end);
                }
            }
            return counts;
        }
    }

    static Map<String, Vocabulary> build(DatasetArrays data, int minCount) {
        TrainingCounts counts = TrainingCounts.of(data);
        int[] perUser = counts.perUser();
        int[] perAd = counts.perAd();
        long[] perPid = counts.perPid();
        BitSet inTrainingHistory = counts.inTrainingHistory();
        Map<String, Vocabulary> result = new LinkedHashMap<>();
        List<String> userFields = SampleFields.USER_FIELDS;
        for (int f = 0; f < userFields.size(); f++) {
            result.put(userFields.get(f), count(userFields.get(f), data.userColumns[f], perUser).build(minCount));
        }
        VocabularyBuilder cate = count("cate_id", data.adColumns[SampleFields.CATE], perAd);
        VocabularyBuilder brand = count("brand", data.adColumns[SampleFields.BRAND], perAd);
        VocabularyBuilder btag = new VocabularyBuilder(SampleFields.BTAG);
        for (int b = inTrainingHistory.nextSetBit(0); b >= 0; b = inTrainingHistory.nextSetBit(b + 1)) {
            cate.add(data.behCate.getInt(b));
            brand.add(data.behBrand.getInt(b));
            btag.add(data.behBtag.getByte(b));
        }
        for (int f = 0; f < SampleFields.AD_TABLE_FIELDS; f++) {
            String field = SampleFields.AD_FIELDS.get(f);
            VocabularyBuilder builder = switch (f) {
                case SampleFields.CATE -> cate;
                case SampleFields.BRAND -> brand;
                default -> count(field, data.adColumns[f], perAd);
            };
            result.put(field, builder.build(minCount));
        }
        VocabularyBuilder pid = new VocabularyBuilder("pid");
        for (int code = 0; code < perPid.length; code++) {
            if (perPid[code] > 0) {
                pid.add(code, perPid[code]);
            }
        }
        result.put("pid", pid.build(minCount, data.pidLabels::get));
        result.put(SampleFields.BTAG, btag.build(1, code -> btagName(code)));
        return result;
    }

    private static VocabularyBuilder count(String name, int[] values, int[] weights) {
        VocabularyBuilder builder = new VocabularyBuilder(name);
        for (int k = 0; k < values.length; k++) {
            if (weights[k] > 0) {
                builder.add(values[k], weights[k]);
            }
        }
        return builder;
    }

    static String btagName(int code) {
        return switch (code) {
            case 1 -> "pv";
            case 2 -> "cart";
            case 3 -> "fav";
            case 4 -> "buy";
            default -> Integer.toString(code);
        };
    }
}
