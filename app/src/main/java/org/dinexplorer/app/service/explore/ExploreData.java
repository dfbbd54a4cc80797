package org.dinexplorer.app.service.explore;

import java.util.ArrayList;
import java.util.List;
import org.dinexplorer.app.service.dataset.Dataset;
import org.dinexplorer.storage.samples.FirstAdPositions;
import org.dinexplorer.storage.samples.SampleDetail;
import org.dinexplorer.storage.samples.Split;
import org.jspecify.annotations.Nullable;

/**
 * An opened training set with the indexes the Explore page needs, built on first use: the users of the test split
 * and, for every ad of the training split, where it first occurs. Thread-safe.
 */
final class ExploreData {

    private final Dataset dataset;
    private @Nullable List<TestUser> users;
    private @Nullable FirstAdPositions trainingAds;

    ExploreData(Dataset dataset) {
        this.dataset = dataset;
    }

    Dataset dataset() {
        return dataset;
    }

    /** Users of the test split by id, with their impression and click counts. */
    synchronized List<TestUser> testUsers() {
        if (users == null) {
            List<TestUser> found = new ArrayList<>();
            dataset.forEachUser(Split.TEST, (positions, userId) -> {
                int clicks = 0;
                for (int position : positions) {
                    clicks += dataset.clicked(Split.TEST, position) ? 1 : 0;
                }
                found.add(new TestUser(userId, positions.length, clicks));
            });
            users = List.copyOf(found);
        }
        return users;
    }

    /** The ad with raw id {@code adgroupId} as an added candidate, or null if no training impression shows it. */
    synchronized @Nullable CandidateAd trainingAd(int adgroupId) {
        int index = dataset.vocabulary("adgroup_id").indexOf(adgroupId);
        if (index < 2) {
            return null;
        }
        int position = trainingAds().position(index);
        return position < 0 ? null : candidateAt(position);
    }

    /** Up to {@code limit} training ads of raw category {@code cate}, the most frequent first. */
    synchronized List<CandidateAd> trainingAdsOfCategory(int cate, int limit) {
        int cateIndex = dataset.vocabulary("cate_id").indexOf(cate);
        List<CandidateAd> found = new ArrayList<>();
        if (cateIndex < 2) {
            return found;
        }
        FirstAdPositions ads = trainingAds();
        // vocabulary indices are ordered by training frequency, so ascending index means most shown first
        for (int index = 2; index < ads.adCount() && found.size() < limit; index++) {
            if (ads.position(index) >= 0 && ads.cate(index) == cateIndex) {
                found.add(candidateAt(ads.position(index)));
            }
        }
        return found;
    }

    private CandidateAd candidateAt(int position) {
        SampleDetail detail = dataset.detail(Split.TRAIN, position);
        return ExploreBatches.candidate(dataset.batchOf(Split.TRAIN, position), 0, detail, false, false);
    }

    private FirstAdPositions trainingAds() {
        if (trainingAds == null) {
            trainingAds = dataset.firstAdPositions(Split.TRAIN);
        }
        return trainingAds;
    }
}
