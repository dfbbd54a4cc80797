package org.dinexplorer.storage.importing;

/**
 * Rows whose related rows are missing; reported after an import, never fatal.
 *
 * @param impressionsWithoutAd           impressions whose {@code adgroup_id} has no {@code ads} row
 * @param adsMissing                     distinct such {@code adgroup_id}s
 * @param usersWithoutProfile            distinct impression users with no {@code users} row
 * @param behaviorsWithoutImpressionUser behaviour rows of users who have no impression
 * @param behaviorUsersWithoutImpression distinct such users
 */
public record ReferentialGaps(long impressionsWithoutAd, long adsMissing, long usersWithoutProfile,
                              long behaviorsWithoutImpressionUser, long behaviorUsersWithoutImpression) {

    /** Whether every reference is satisfied. */
    public boolean none() {
        return impressionsWithoutAd == 0 && usersWithoutProfile == 0 && behaviorsWithoutImpressionUser == 0;
    }
}
