package org.dinexplorer.storage.samples;

/**
 * The behaviours some history needs, grouped by user and sorted by (time, btag, cate, brand), plus for every impression
 * the end of its slice and its length: impression {@code i} sees behaviours {@code [histEnd[i] - histLen[i],
 * histEnd[i])}, all strictly earlier than it. Raw values are kept; brand may be {@code Vocabulary.MISSING}.
 */
final class Histories {

    final int[] time;
    final int[] cate;
    final int[] brand;
    final byte[] btag;
    final int[] histEnd;
    final short[] histLen;
    final long behaviorCount;

    Histories(int[] time, int[] cate, int[] brand, byte[] btag, int[] histEnd, short[] histLen, long behaviorCount) {
        this.time = time;
        this.cate = cate;
        this.brand = brand;
        this.btag = btag;
        this.histEnd = histEnd;
        this.histLen = histLen;
        this.behaviorCount = behaviorCount;
    }

    int keptCount() {
        return time.length;
    }
}
